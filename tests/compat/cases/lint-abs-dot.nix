# eval-okay-dotslash-abs-fatal: relative paths are not absolute ones.
builtins.isPath ./x
