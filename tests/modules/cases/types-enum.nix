# enum accepts listed values; declarations of enums merge their values.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.e = lib.mkOption { type = lib.types.enum [ "a" "b" ]; }; }
      { options.e = lib.mkOption { type = lib.types.enum [ "b" "c" ]; }; }
      { e = "c"; }
    ]; }; in
{ value = r.config.e; description = r.options.e.type.description; }
