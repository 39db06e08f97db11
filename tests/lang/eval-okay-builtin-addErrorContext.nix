# addErrorContext passes the value through when there is no error
builtins.addErrorContext "context" (1 + 1)
