# missing attributes are not caught
builtins.tryEval { }.a
