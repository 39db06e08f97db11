# split checks the pattern before it looks at the string
builtins.split "a(" (throw "not reached")
