# An option with no default and only mkDefault definitions; highestPrio of an undefined option.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.int; };
        options.b = lib.mkOption { type = lib.types.int; }; }
      { a = lib.mkDefault 4; }
    ]; }; in
{ a = r.config.a; isDefinedB = r.options.b.isDefined; prioB = r.options.b.highestPrio; defsB = r.options.b.definitions; }
