# inherited twice
a: { inherit a a; }
