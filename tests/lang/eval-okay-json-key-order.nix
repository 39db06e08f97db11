# --json keys come in name order
{ b = 1; a = 2; C = 3; "" = 4; "a b" = 5; }
