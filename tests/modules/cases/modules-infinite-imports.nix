# imports cannot depend on config: computing the module list needs itself.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.x = lib.mkOption { type = lib.types.bool; default = false; }; }
  ({ config, ... }: { imports = if config.x then [ ] else [ ]; })
]; }).config.x
