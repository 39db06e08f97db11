# Path modules are imported once each (by path), even when imported from several places.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [ ./inputs/decl-list.nix ./inputs/def-a.nix ./inputs/def-c.nix ];
    }; in
{
  items = r.config.items;
  files = r.options.items.files;
  decls = r.options.items.declarations;
}
