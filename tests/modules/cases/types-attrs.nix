# attrs merges shallowly: later (first merged) definitions lose whole attributes.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.attrs; }; }
      { a = { x = { p = 1; }; y = 1; }; }
      { a = { x = { q = 2; }; z = 3; }; }
    ]; }; in
r.config.a
