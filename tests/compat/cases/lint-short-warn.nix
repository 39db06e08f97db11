# eval-okay-short-path-literal-warn.err.exp.
builtins.isPath a/b
