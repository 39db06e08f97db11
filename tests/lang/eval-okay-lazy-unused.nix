# unused bindings and attributes are never evaluated
let bad = throw "no"; s = { a = 1; b = bad; }; in [ s.a (builtins.length [ bad bad ]) ]
