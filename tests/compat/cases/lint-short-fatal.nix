# eval-fail-short-path-literal.err.exp.
builtins.isPath a/b
