# appendContext adds context entries to a string
let d = derivation { name = "d"; system = "s"; builder = "/bin/sh"; }; p = builtins.unsafeDiscardStringContext d.drvPath;
in builtins.getContext (builtins.appendContext "text" { ${p} = { outputs = [ "out" ]; }; ${builtins.unsafeDiscardStringContext (builtins.toFile "f" "x")} = { path = true; }; })
