# typeOf of values made by builtins
[ (builtins.typeOf (builtins.toFile "t" "x")) (builtins.typeOf (builtins.toPath "/a")) (builtins.typeOf (builtins.floor 1.5)) (builtins.typeOf (1 / 2.0)) (builtins.typeOf (builtins.fromJSON "1.0")) (builtins.typeOf (builtins.derivation { name = "t"; system = "s"; builder = "/bin/sh"; })) ]
