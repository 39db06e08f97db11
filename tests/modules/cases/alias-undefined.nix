# An alias that is not used contributes nothing.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.new = lib.mkOption { type = lib.types.int; default = 5; }; options.warnings = lib.mkOption { default = [ ]; }; }
      (lib.mkAliasOptionModule [ "old" ] [ "new" ])
    ]; }; in
{ new = r.config.new; old = r.config.old; oldDefined = r.options.old.isDefined; }
