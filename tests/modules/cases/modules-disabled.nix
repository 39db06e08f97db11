# disabledModules removes a module (by path, or by name relative to specialArgs.modulesPath) and what only it imports.
let lib = import <nixpkgs/lib>;
    ev = extra: (lib.evalModules {
      specialArgs.modulesPath = ./inputs;
      modules = [ ./inputs/decl-list.nix ./inputs/def-a.nix ./inputs/def-c.nix ] ++ extra;
    }).config.items; in
{
  none = ev [ ];
  byPath = ev [ { disabledModules = [ ./inputs/def-a.nix ]; } ];
  byName = ev [ { disabledModules = [ "def-c.nix" ]; } ];
  both = ev [ { disabledModules = [ "def-a.nix" ./inputs/def-c.nix ]; } ];
}
