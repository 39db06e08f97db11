# loaOf warning with more than three elements and a known name attribute (fileSystems' mountPoint).
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.fileSystems = lib.mkOption { type = t.loaOf (t.submodule { options.mountPoint = lib.mkOption { type = t.str; }; }); }; }
      { _file = "fs.nix"; fileSystems = [ { mountPoint = "/"; } { mountPoint = "/boot"; } { mountPoint = "/home"; } { mountPoint = "/srv"; } ]; }
    ]; }; in
builtins.attrNames r.config.fileSystems
