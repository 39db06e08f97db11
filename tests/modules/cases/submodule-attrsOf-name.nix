# attrsOf (submodule ...) passes each attribute's name as the `name` argument; defaults use it.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.users = lib.mkOption { default = { }; type = t.attrsOf (t.submodule ({ name, config, ... }: {
          options.name = lib.mkOption { type = t.str; default = name; };
          options.home = lib.mkOption { type = t.str; default = "/home/${config.name}"; };
          options.groups = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        })); }; }
      { users.alice = { groups = [ "wheel" ]; }; users.bob.name = "robert"; }
      { users.alice.groups = [ "users" ]; }
    ]; }; in
r.config.users
