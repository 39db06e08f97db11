# base-32 hashes use Nix's own alphabet
(derivation { name = "f"; system = "s"; builder = "/bin/sh"; outputHash = "e000000000000000000000000000000000000000000000000000"; outputHashAlgo = "sha256"; }).outPath
