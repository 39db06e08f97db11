# only the all-outputs context of a drv path changes
let d = derivation { name = "d"; system = "s"; builder = "/bin/sh"; }; in builtins.getContext (builtins.unsafeDiscardOutputDependency "${d.drvPath} ${d} ${./files/store/tool.sh}")
