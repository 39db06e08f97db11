# makeBinPath, makeSearchPath, makeSearchPathOutput, makeLibraryPath with derivation-like sets.
let lib = import <nixpkgs/lib>;
    pkg = n: { type = "derivation"; name = n; outPath = "/nix/store/${n}"; outputUnspecified = true;
               out = { outPath = "/nix/store/${n}"; }; bin = { outPath = "/nix/store/${n}-bin"; }; outPathStr = n; }; in
{
  bin = lib.makeBinPath [ (pkg "a") (pkg "b") ];
  search = lib.makeSearchPath "share/man" [ "/x" null "/y" ];
  searchOut = lib.makeSearchPathOutput "bin" "sbin" [ (pkg "c") ];
  lib = lib.makeLibraryPath [ (pkg "d") ];
  empty = lib.makeBinPath [ ];
}
