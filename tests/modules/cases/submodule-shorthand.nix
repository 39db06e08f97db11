# submodule treats a plain set definition as config only; submoduleWith without
# shorthandOnlyDefinesConfig treats it as a module (so `options` declares options).
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = t.submodule { options.options = lib.mkOption { type = t.int; default = 0; }; }; };
        options.b = lib.mkOption { type = t.submoduleWith { modules = [ ]; }; }; }
      { a.options = 5; b = { options.x = lib.mkOption { default = 3; }; }; }
    ]; }; in
r.config
