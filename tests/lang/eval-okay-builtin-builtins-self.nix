# builtins contains itself
[ (builtins.isAttrs builtins.builtins) (builtins.builtins.builtins.length [ 1 ]) ]
