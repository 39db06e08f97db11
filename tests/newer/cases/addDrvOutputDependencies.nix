# Nix 2.19's addDrvOutputDependencies (today's eval-okay-context-introspection): the inverse of
# unsafeDiscardOutputDependency, idempotent.
let
  drv = derivation { name = "fail"; builder = "/bin/false"; system = "x86_64-linux"; outputs = [ "out" "foo" ]; };
  add = builtins.addDrvOutputDependencies;
  rules = str: [
    (str == add (builtins.unsafeDiscardOutputDependency str))
    (add str == add (add str))
  ];
in builtins.concatMap rules [ drv.drvPath (add drv.drvPath) ]
