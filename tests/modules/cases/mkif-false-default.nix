# A definition under mkIf false disappears: the default is used, isDefined reflects it.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.int; default = 7; };
        options.b = lib.mkOption { type = lib.types.int; }; }
      { a = lib.mkIf false 1; b = lib.mkIf false 2; }
      (lib.mkIf false { a = 3; })
    ]; }; in
{ a = r.config.a; bDefined = r.options.b.isDefined; aFiles = r.options.a.files; }
