# attribute names cannot be numbers
{ 1 = 2; }
