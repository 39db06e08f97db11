# toString converts more types than interpolation does
map toString [ 1 (-2) 1.5 true false null "s" [ 1 "a" [ 2 ] null ] [ ] /a/b { outPath = "o"; } { __toString = s: "t"; } 0.1 ]
