# Two options whose definitions need each other, through the module system.
let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.port = lib.mkOption { type = lib.types.int; };
      options.url = lib.mkOption { type = lib.types.str; };
      config.port = lib.toInt (lib.last (lib.splitString ":" config.url));
      config.url = "http://localhost:${toString config.port}";
    })
  ];
}).config.url
