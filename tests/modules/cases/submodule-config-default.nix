# A submodule's own config (mkDefault name) can be overridden by definitions (as containers' bindMounts).
let lib = import <nixpkgs/lib>; t = lib.types;
    mountOpts = { name, ... }: {
      options.mountPoint = lib.mkOption { type = t.str; };
      options.hostPath = lib.mkOption { type = t.nullOr t.str; default = null; };
      config.mountPoint = lib.mkDefault name;
    };
    r = lib.evalModules { modules = [
      { options.mounts = lib.mkOption { type = t.attrsOf (t.submodule mountOpts); default = { }; }; }
      { mounts."/home" = { hostPath = "/home/alice"; }; mounts.data.mountPoint = "/srv/data"; }
    ]; }; in
r.config.mounts
