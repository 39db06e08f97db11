# tryEval inside tryEval, and tryEval of a value that fails later
[ (builtins.tryEval (builtins.tryEval (throw "inner"))) ((builtins.tryEval (builtins.tryEval (throw "x")).success).value) ]
