# meta.maintainers: which people look after which module. Kept as NixOS merged it (by defining
# file); nothing reads it.
{ lib, ... }:
let
  inherit (lib) mkOption mkOptionType types;
  maintainers = mkOptionType {
    name = "list of maintainers";
    check = builtins.isList;
    merge = loc: defs:
      builtins.foldl' (acc: def: acc // { ${def.file} = (acc.${def.file} or []) ++ def.value; })
        {} defs;
  };
in
{
  options.meta.maintainers = mkOption {
    type = maintainers;
    internal = true;
    default = [];
    description = "Maintainers of each module, by module file.";
  };
}
