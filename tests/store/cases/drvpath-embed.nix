# A derivation whose attribute is another's drvPath: its closure becomes the inputs, and the
# .drv file nixel "wrote" reads back exactly as the one Nix writes.
let
  a = derivation { name = "a"; system = "x86_64-linux"; builder = "/bin/sh"; src = ./src/hello.txt; };
  b = derivation { name = "b"; system = "x86_64-linux"; builder = "/bin/sh"; dep = a.drvPath; outputs = [ "out" "dev" ]; };
  c = derivation { name = "c"; system = "x86_64-linux"; builder = "/bin/sh"; dep = b.drvPath; other = b.dev; };
in { inherit (c) drvPath; text = builtins.readFile c.drvPath; ctx = builtins.getContext c.drvPath; }
