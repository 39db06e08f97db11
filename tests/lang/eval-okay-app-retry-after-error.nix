# An application whose call failed is called again when forced again (caught by tryEval),
# and the elements beside it are unaffected; genList passes the index as an integer.
let
  l = builtins.genList (x: if x == 1 then throw "no" else x * 10) 3;
  m = map (x: if x == 1 then throw "no" else x) [ 0 1 2 ];
in [
  (builtins.tryEval (builtins.elemAt l 1))
  (builtins.tryEval (builtins.elemAt l 1))
  (builtins.elemAt l 2)
  (builtins.tryEval (builtins.elemAt m 1))
  (builtins.elemAt m 2)
  (builtins.typeOf (builtins.elemAt (builtins.genList (i: i) 1) 0))
]
