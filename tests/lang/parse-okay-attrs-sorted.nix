# attribute sets are shown sorted by name
{ zeta = 1; alpha = 2; mid = 3; Beta = 4; _u = 5; a1 = 6; a-b = 7; }
