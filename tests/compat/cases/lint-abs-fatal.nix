# eval-fail-abs-path-fatal.err.exp.
builtins.isPath /x/y
