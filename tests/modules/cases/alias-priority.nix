# An alias keeps the priority of its definitions (mkDefault through the alias loses to a plain definition).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.new = lib.mkOption { type = lib.types.int; }; options.warnings = lib.mkOption { default = [ ]; }; }
      (lib.mkAliasOptionModule [ "old" ] [ "new" ])
      { old = lib.mkDefault 1; }
      { new = 2; }
    ]; }; in
{ new = r.config.new; old = r.config.old; prio = r.options.new.highestPrio; }
