# genericClosure forces an application of its operator: no call site (fuzz-eval seed 51104)
builtins.genericClosure { startSet = [ { key = 2; } ]; operator = y: throw "x"; }
