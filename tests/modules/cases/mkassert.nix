# mkAssert passes its content through when the assertion holds.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.int; default = 0; }; }
      (lib.mkAssert true "never shown" { a = 3; })
    ]; }; in
r.config.a
