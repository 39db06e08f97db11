# `_file` names a module in .files and .declarations; without it anonymous modules are <unknown-file>.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { _file = "decl.nix"; options.x = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; }; }
        { _file = "one.nix"; x = [ 1 ]; }
        { x = [ 2 ]; }
        { _file = "three.nix"; config.x = lib.mkMerge [ [ 3 ] [ 4 ] ]; }
      ];
    }; in
{
  inherit (r.options.x) files declarations definitions value isDefined highestPrio;
}
