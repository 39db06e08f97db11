# The frame "while evaluating the attribute 'b.a'" goes with the position of the attribute
# reached last: a is made by mapAttrs and has none, so Nix 2.8 adds no frame, though b has one.
let s = { b = builtins.mapAttrs (n: v: throw "x") { a = 1; }; }; in s.b.a
