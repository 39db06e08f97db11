# Instantiation (nix-instantiate without --eval): the derivations of a set, a list and
# nested sets marked recurseForDerivations, with non-default outputs shown as path!output.
let
  mk = name: extra: derivation ({ inherit name; builder = "/bin/sh"; system = "x86_64-linux"; } // extra);
in {
  a = mk "a" { };
  b = { c = mk "c" { }; };
  d = { recurseForDerivations = true; e = mk "e" { outputs = [ "out" "dev" ]; }; };
  f = [ (mk "g" { }) ];
  "not an identifier" = mk "h" { };
  dev = (mk "i" { outputs = [ "out" "dev" ]; }).dev;
}
