# Options defined from each other's values across modules (no cycles), through nested sets.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.net.hostName = lib.mkOption { type = t.str; default = "host"; };
        options.net.domain = lib.mkOption { type = t.nullOr t.str; default = null; };
        options.net.fqdn = lib.mkOption { type = t.str; };
        options.etc = lib.mkOption { type = t.attrsOf t.str; default = { }; }; }
      ({ config, ... }: { net.fqdn = config.net.hostName + lib.optionalString (config.net.domain != null) ".${config.net.domain}"; })
      ({ config, ... }: { etc.hostname = config.net.hostName; etc.fqdn = config.net.fqdn; })
      { net.domain = "example.org"; net.hostName = lib.mkForce "box"; }
    ]; }; in
r.config.etc
