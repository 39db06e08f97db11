# Issue 15's case: a is made by mapAttrs and has no position, so selecting the missing b in
# it gives no frame "while evaluating the attribute 'config.a.b'" in Nix 2.8.
let r = { config = builtins.mapAttrs (n: v: {}) { a = 1; }; }; in r.config.a.b
