# an unknown character class name
builtins.match "[[:foo:]]" "a"
