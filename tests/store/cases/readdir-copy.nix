# Copied sources read back: interpolation, filterSource, builtins.path with a filter.
let
  c = "${./src}";
  f = builtins.filterSource (p: t: baseNameOf p != "g") ./src;
  p = builtins.path { path = ./src; name = "filtered"; filter = p: t: t != "symlink"; };
in {
  c = builtins.readDir c;
  sub = builtins.readDir "${c}/sub";
  fsub = builtins.readDir "${f}/sub";
  p = builtins.readDir p;
  g = builtins.readFile "${c}/sub/g";
  gone = builtins.pathExists "${f}/sub/g";
  link = builtins.readFile "${c}/link";
  imported = import c;
  h = builtins.hashFile "sha1" "${p}/hello.txt";
  again = builtins.readDir (builtins.path { path = c; name = "again"; });
}
