# getSubOptions shows a submodule's options under a placeholder name, for documentation.
let lib = import <nixpkgs/lib>; t = lib.types;
    ty = t.attrsOf (t.submodule ({ name, ... }: { options.n = lib.mkOption { type = t.str; default = name; description = "N"; }; }));
    subs = ty.getSubOptions [ "top" ]; in
{
  names = builtins.attrNames subs;
  loc = subs.n.loc;
  default = subs.n.default;
  listLoc = ((t.listOf (t.submodule { options.x = lib.mkOption { }; })).getSubOptions [ "l" ]).x.loc;
  loaLoc = ((t.loaOf (t.submodule { options.x = lib.mkOption { }; })).getSubOptions [ "l" ]).x.loc;
}
