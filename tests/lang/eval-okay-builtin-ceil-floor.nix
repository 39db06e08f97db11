# ceil and floor give integers
[ (builtins.ceil 1.5) (builtins.floor 1.5) (builtins.ceil (-1.5)) (builtins.floor (-1.5)) (builtins.ceil 2) (builtins.floor 2) (builtins.typeOf (builtins.floor 1.0)) ]
