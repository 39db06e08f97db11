# uniq keeps the element type's check and description but allows one definition only.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = t.uniq (t.listOf t.int); default = [ 0 ]; }; }
      { a = [ 1 2 ]; }
    ]; }; in
{ a = r.config.a; d = (t.uniq (t.listOf t.int)).description; n = (t.uniq t.int).name; }
