# inherit from an expression and a plain binding
s: { inherit (s) a; a = 1; }
