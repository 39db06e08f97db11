# types.anything merges sets recursively and requires equal other values (newer lib; expected from nixpkgs 2025).
# expected-from: nixpkgs-2025
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = t.anything; }; }
      { a = { x = 1; nested = { p = true; }; l = [ 1 ]; s = "str"; }; }
      { a = { y = 2; nested = { q = null; }; l = [ 1 ]; s = lib.mkForce "forced"; }; }
    ]; }; in
r.config.a
