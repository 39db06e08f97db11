# eval-okay-dotslash-path-fatal, eval-okay-dotdotslash-path-fatal: ./ and ../ are fine.
[ (builtins.isPath ./a/b) (builtins.isPath ../a/b) ]
