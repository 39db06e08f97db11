# a throw under addErrorContext is still caught by tryEval
builtins.tryEval (builtins.addErrorContext "ctx" (throw "x"))
