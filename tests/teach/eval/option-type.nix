# An option definition of the wrong type.
let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.services.web.port = lib.mkOption { type = lib.types.port; }; }
    { services.web.port = "8080"; }
  ];
}).config.services.web.port
