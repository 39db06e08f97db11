# toFile paths read back, with their references; hashFile and pathExists on them.
let
  a = builtins.toFile "a" "first";
  b = builtins.toFile "b" "refers to ${a}";
in {
  a = builtins.readFile a;
  b = builtins.readFile b;
  h = builtins.hashFile "sha256" b;
  e = builtins.pathExists b;
  missing = builtins.pathExists "${a}/x";
  scoped = builtins.scopedImport { z = 5; } (builtins.toFile "s.nix" "z * 2");
  copy = builtins.readFile (builtins.path { path = a; name = "copy"; });
}
