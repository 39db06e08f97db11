# let expressions as attribute values
{ a = let x = 1; in x; b = let in 2; }
