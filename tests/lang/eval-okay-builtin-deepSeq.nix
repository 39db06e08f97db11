# deepSeq evaluates its first argument fully, then returns the second
builtins.deepSeq { a = [ 1 { b = 2; } ]; } "done"
