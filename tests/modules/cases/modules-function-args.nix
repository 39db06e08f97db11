# Function modules get config, options, lib, specialArgs and _module.args (lazily, by name).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      specialArgs = { special = "S"; };
      modules = [
        { options.out = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
        { _module.args.pkgs = { hello = "H"; }; _module.args.unused = throw "not forced"; }
        ({ config, options, lib, pkgs, special, ... }: {
          out.pkgs = pkgs.hello;
          out.special = special;
          out.hasOption = lib.boolToString (options ? out);
          out.fromConfig = lib.concatStringsSep "," (builtins.attrNames config);
        })
        (args: { out.argNames = builtins.concatStringsSep "," (builtins.attrNames args); })
      ];
    }; in
r.config.out
