# trace prints its first argument on stderr and returns the second
builtins.trace "message" (builtins.trace 42 (builtins.trace { a = 1; } "result"))
