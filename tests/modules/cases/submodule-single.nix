# A single submodule option: definitions from several modules merge inside it.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { default = { }; type = t.submodule {
          options.a = lib.mkOption { type = t.int; default = 1; };
          options.l = lib.mkOption { type = t.listOf t.int; default = [ ]; };
        }; }; }
      { s.l = [ 1 ]; }
      { s = { l = [ 2 ]; a = lib.mkForce 5; }; }
      { s = lib.mkIf true { l = [ 3 ]; }; }
    ]; }; in
r.config.s
