# inherit from the scope and from an expression
a: b: s: { inherit a b; inherit (s) c d; inherit (s.e) f; }
