# inputs of every kind: outputs of derivations, sources, text files and store paths
let
  a = derivation { name = "a"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "lib" ]; };
  b = derivation { name = "b"; system = "s"; builder = "${a}/bin/sh"; };
  c = derivation { name = "c"; system = "s"; builder = "/bin/sh"; deps = [ a.lib b ./files/store/data (builtins.toFile "t" "text") (builtins.storePath "/nix/store/ffffffffffffffffffffffffffffffff-x") ]; };
in [ c.drvPath c.outPath ]
