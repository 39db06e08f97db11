# derivations print as «derivation /nix/store/....drv» with --eval
let d = derivation { name = "printed"; system = "s"; builder = "/bin/sh"; }; in [ d { inner = d; } ]
