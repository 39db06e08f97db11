# mkAliasOptionModule: users.extraUsers forwards its definitions to users.users (as in NixOS).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      (lib.mkAliasOptionModule [ "users" "extraUsers" ] [ "users" "users" ])
      { users.extraUsers.alice.uid = 1000; users.users.bob = { }; }
      { users.extraUsers.alice.extraGroups = [ "wheel" ]; }
    ]; }; in
{
  users = r.config.users.users;
  viaAlias = builtins.attrNames r.config.users.extraUsers;
  warnings = r.config.warnings;
  aliasDescription = r.options.users.extraUsers.description;
  aliasVisible = r.options.users.extraUsers.visible;
  aliasType = r.options.users.extraUsers.type.description;
}
