# Instantiation writes the store in Nix 2.8 even without --read-write-mode.
let a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; };
    t = builtins.toFile "t.nix" "{ v = \"from-store\"; }";
in derivation { name = "b"; system = "x86_64-linux"; builder = "/bin/sh"; dep = a.drvPath; v = (import t).v; }
