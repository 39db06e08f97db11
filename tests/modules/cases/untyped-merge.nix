# Options without a type (unspecified) merge lists, sets, strings, bools and equal ints.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options = lib.genAttrs [ "l" "s" "str" "b" "i" "one" ] (_: lib.mkOption { }); }
      { l = [ 1 ]; s = { a = 1; b = 1; }; str = "a"; b = false; i = 2; one = "only"; }
      { l = [ 2 ]; s = { b = 2; }; str = "b"; b = true; i = 2; }
    ]; }; in
{ inherit (r.config) l s str b i one; }
