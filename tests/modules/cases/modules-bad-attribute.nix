# A module with `config` plus other top-level attributes is rejected, naming them.
let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [ { key = "mymodule"; config = { }; foo = 1; bar = 2; } ];
}).config
