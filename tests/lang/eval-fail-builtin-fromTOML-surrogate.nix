# a \u escape for a surrogate code point
builtins.fromTOML "a = \"\\ud800\""
