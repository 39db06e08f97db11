# tryEval with deepSeq catches deep throws
[ (builtins.tryEval (builtins.deepSeq [ 1 (throw "deep") ] 1)) (builtins.tryEval (builtins.deepSeq [ 1 2 ] 3)) ]
