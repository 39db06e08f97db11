# // on a derivation keeps its type and paths
let d = derivation { name = "upd"; system = "s"; builder = "/bin/sh"; }; e = d // { extra = 1; }; in [ e.type e.extra (e.outPath == d.outPath) ]
