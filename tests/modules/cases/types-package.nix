# package accepts derivations as they are (a single definition).
let lib = import <nixpkgs/lib>;
    drv = { type = "derivation"; name = "hello"; outPath = "/nix/store/x-hello"; };
    r = lib.evalModules { modules = [
      { options.p = lib.mkOption { type = lib.types.package; }; }
      { p = drv; }
    ]; }; in
{ name = r.config.p.name; checks = map lib.types.package.check [ drv "/nix/store/abc-x" "/tmp/x" 1 ]; }
