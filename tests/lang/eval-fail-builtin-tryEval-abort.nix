# abort is not caught
builtins.tryEval (abort "not caught")
