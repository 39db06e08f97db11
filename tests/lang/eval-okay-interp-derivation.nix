# a derivation used in a string gives its out path
let d = derivation { name = "interp"; system = "s"; builder = "/bin/sh"; }; in "path: ${d}/bin"
