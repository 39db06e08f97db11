# functionTo merges the results of all definitions for each argument (newer lib; expected from nixpkgs 2025).
# expected-from: nixpkgs-2025
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.f = lib.mkOption { type = t.functionTo (t.listOf t.str); }; }
      { f = x: [ "a-${x.name}" ]; }
      { f = { name ? "n" }@args: [ "b-${toString (builtins.attrNames args)}" ]; }
    ]; }; in
{ call = r.config.f { name = "x"; }; args = lib.functionArgs r.config.f; check = map (t.functionTo t.int).check [ (x: x) 1 ]; }
