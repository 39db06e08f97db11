# A list of derivations, one of them twice (printed once).
let d = derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; }; in [ d d (d // { }) ]
