# --xml shows derivations as <derivation> with their attributes, once
let d = derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; }; in [ d d ]
