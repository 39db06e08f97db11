# toXML collects the context of the strings it writes
let p = builtins.toFile "p" "x"; in [ (builtins.hasContext (builtins.toXML { a = "${p}"; })) (builtins.getContext (builtins.toXML [ "${p}" ])) ]
