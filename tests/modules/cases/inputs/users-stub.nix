# Input module for the cases: a users.users option, warnings and assertions (as NixOS declares them).
{ lib, ... }:
let t = lib.types; in
{
  options.users.users = lib.mkOption {
    default = { };
    type = t.attrsOf (t.submodule ({ name, ... }: {
      options.name = lib.mkOption { type = t.str; default = name; };
      options.uid = lib.mkOption { type = t.nullOr t.int; default = null; };
      options.extraGroups = lib.mkOption { type = t.listOf t.str; default = [ ]; };
    }));
  };
  options.warnings = lib.mkOption { type = t.listOf t.str; default = [ ]; };
  options.assertions = lib.mkOption { type = t.listOf t.unspecified; default = [ ]; };
}
