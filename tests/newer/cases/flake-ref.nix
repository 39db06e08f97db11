# Nix 2.18's parseFlakeRef and flakeRefToString (today's eval-okay-parse-flake-ref and
# eval-okay-flake-ref-to-string).
let r = builtins.parseFlakeRef "github:NixOS/nixpkgs/23.05?dir=lib"; in [ r (builtins.flakeRefToString r) ]
