# attribute names that are not identifiers print quoted
{ "a b" = 1; "" = 2; "1a" = 3; a-b = 4; "a.b" = 5; "if" = 6; a' = 7; "$x" = 8; _a = 9; "-a" = 10; "'a" = 11; }
