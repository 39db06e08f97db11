# An option without definitions or default: isDefined false, empty files/definitions.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [ { options.a = lib.mkOption { type = lib.types.str; }; } ]; };
    o = r.options.a; in
{ inherit (o) isDefined files definitions highestPrio; hasValueAttr = o ? value; }
