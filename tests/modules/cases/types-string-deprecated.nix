# types.string concatenates definitions without separator and warns that it is deprecated.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = lib.types.string; }; }
      { s = "a"; } { s = "b"; }
    ]; }; in
{ s = r.config.s; d = lib.types.string.description; }
