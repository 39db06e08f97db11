# type errors are not caught
builtins.tryEval (1 + "a")
