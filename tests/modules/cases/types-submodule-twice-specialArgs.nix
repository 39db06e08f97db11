# Two submoduleWith declarations with the same specialArgs name cannot be merged.
let lib = import <nixpkgs/lib>; t = lib.types; in
(lib.evalModules { modules = [
  { options.s = lib.mkOption { type = t.submoduleWith { modules = [ ]; specialArgs.a = 1; }; }; }
  { options.s = lib.mkOption { type = t.submoduleWith { modules = [ ]; specialArgs.a = 2; }; }; }
  { s = { }; }
]; }).config.s
