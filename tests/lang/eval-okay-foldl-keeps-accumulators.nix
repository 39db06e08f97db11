# Whatever a folded function keeps of its accumulator or of genList's index (in a list, a
# set, a closure, a `let`, a partial application of a builtin) stays intact after the fold
# has moved on.
let
  fold = builtins.foldl';
in [
  (fold (acc: x: acc ++ [ x ]) [ ] [ 1 2 3 ])
  (fold (acc: x: { prev = acc; v = x; }) { } [ 1 2 3 ])
  (fold (acc: x: [ acc x ]) 0 [ 1 2 3 ])
  (fold (acc: x: let y = acc; in { inherit y; }) 0 [ 1 2 3 ])
  (map (f: f 1) (fold (acc: x: acc ++ [ (y: acc) ]) [ ] [ 1 2 3 ]))
  (map (f: f 10) (fold (acc: x: acc ++ [ (builtins.add x) ]) [ ] [ 1 2 3 ]))
  (builtins.genList (i: [ i { j = i; } ((x: i) 0) ]) 3)
  (map (f: f 0) (builtins.genList (i: x: i + x) 3))
  (fold builtins.add 0 [ 1 2 3 ])
  (fold (acc: x: acc + x) 0 (builtins.genList (i: i * i) 100))
]
