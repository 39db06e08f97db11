# A custom type's check rejecting a definition uses its description.
let lib = import <nixpkgs/lib>;
    even = lib.mkOptionType { name = "even"; description = "even integer"; check = x: lib.mod x 2 == 0; }; in
(lib.evalModules { modules = [
  { options.e = lib.mkOption { type = even; }; }
  { _file = "odd.nix"; e = 3; }
]; }).config.e
