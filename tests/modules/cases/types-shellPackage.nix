# shellPackage requires a derivation with shellPath.
let lib = import <nixpkgs/lib>; in
map lib.types.shellPackage.check [
  { type = "derivation"; name = "bash"; shellPath = "/bin/bash"; }
  { type = "derivation"; name = "bash"; }
]
