# attributes print in name order, not definition order
{ z = 1; a = 2; m = 3; B = 4; _ = 5; "1" = 6; "" = 7; }
