let
  f = x: g (x + 1);
  g = y: if y > 2 then throw "deep ${toString y}" else f y;
in { r = f 0; }.r
