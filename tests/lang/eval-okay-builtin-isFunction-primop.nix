# isFunction is true for builtins and partly applied builtins
[ (builtins.isFunction builtins.add) (builtins.isFunction (builtins.add 1)) (builtins.isFunction (builtins.add 1 2)) ]
