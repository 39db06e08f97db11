# `add 1` is a function waiting for its second argument; map calls it lazily, element by
# element, and only the element asked for is computed.
# never-forced: unusedToo
let
  add = a: b: a + b;
  inc = add 1;
  unusedToo = inc 100;
in builtins.elemAt (map inc [ 10 20 30 ]) 1
