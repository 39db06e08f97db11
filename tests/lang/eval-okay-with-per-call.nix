# A `with` inside a function: each call has its own set, though the calls' scopes may sit at
# the same place; variables found in it, in a `with` further out, and through a function
# called inside it
let
  get = s: with s; x;
  inner = s: with s; (y: x + y) 10;
  nested = s: with { q = 1; }; with s; x + q;
  outer = s: with s; with { z = 100; }; x + z;
in
{
  direct = map get [ { x = 1; } { x = 2; } { x = 3; y = 0; } ];
  throughLambda = map inner [ { x = 1; } { x = 2; } ];
  fromOuter = map nested [ { x = 1; } { x = 2; } { x = 3; q = 5; } ];
  pastInner = map outer [ { x = 1; } { x = 2; z = 0; } ];
  kept = map (s: with s; { a = x; b = [ x ]; c = _: x; }) [ { x = 1; } { x = 2; } ];
  called = map (f: f null) (map (s: with s; (_: x)) [ { x = "a"; } { x = "b"; } ]);
}
