# the context is only shown with --show-trace; the error stays the same
builtins.addErrorContext "while doing something" (throw "the error")
