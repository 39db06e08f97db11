# tryEval catches throw and assert failures only
[ (builtins.tryEval 1) (builtins.tryEval (throw "x")) (builtins.tryEval (assert false; 1)) (builtins.tryEval { a = throw "inner"; }).success ]
