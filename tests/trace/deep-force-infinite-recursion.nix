# An infinite recursion met by deep forcing (deepSeq, --strict) has no position in Nix 2.8,
# only the attribute frames around it.
let n = { p = builtins.deepSeq n 1; }; in n.p
