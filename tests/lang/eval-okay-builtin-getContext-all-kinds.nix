# getContext groups paths, whole derivations and outputs by store path
let d = derivation { name = "d"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; }; in builtins.getContext "${d}${d.dev}${d.drvPath}${./files/store/tool.sh}${builtins.toFile "t" "x"}"
