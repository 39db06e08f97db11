# --xml without --no-location gives each attribute's position
{ a = 1;
  b = { c = "x"; }; }
