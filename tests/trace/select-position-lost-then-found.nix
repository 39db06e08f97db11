# A selection through an attribute without a position (made by mapAttrs) to one with one.
let s = { b = builtins.mapAttrs (n: v: { c = throw "y"; }) { a = 1; }; }; in s.b.a.c
