# Copies of what is in the store: a filtered copy of a copied source, filtered again, and a
# copy of a toFile; each filter sees the store paths of the copy it filters.
let
  c = "${./src}";
  p = builtins.path { path = c; name = "p"; filter = p: t: baseNameOf p != "g"; };
  q = builtins.filterSource (p: t: t != "symlink") p;
  t = builtins.path { path = builtins.toFile "t" "text"; name = "tt"; };
in {
  p = builtins.readDir "${p}/sub";
  q = builtins.readDir q;
  t = builtins.readFile t;
  link = builtins.pathExists "${q}/link";
  hello = builtins.readFile "${q}/hello.txt";
}
