# parseFlakeRef passes no base directory (src/libflake/flake-primops.cc 103), so
# parsePathFlakeRefWithFragment (src/libflake/flakeref.cc 98) skips its file-system part
# (the search for flake.nix, a Git checkout becoming git+file:, flake.nix named instead of
# its directory): this directory is inside nixel's Git checkout and has no flake.nix, and
# still gives a path: reference, as does a file named flake.nix would.
let
  dir = toString ./.;
  r = builtins.parseFlakeRef dir;
  f = builtins.parseFlakeRef "${dir}/files/flake.nix";
in
[ r.type (r.path == dir) (builtins.attrNames r) f.type (f.path == "${dir}/files/flake.nix") ]
