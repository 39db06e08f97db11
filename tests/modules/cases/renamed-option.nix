# mkRenamedOptionModule forwards definitions and adds a warning naming the files.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      { options.services.new.port = lib.mkOption { type = lib.types.int; default = 1; }; }
      (lib.mkRenamedOptionModule [ "services" "old" "port" ] [ "services" "new" "port" ])
      { _file = "user.nix"; services.old.port = 42; }
    ]; }; in
{ port = r.config.services.new.port; warnings = r.config.warnings; visible = r.options.services.old.port.visible; }
