# Definitions of equal priority are merged together; others are dropped.
let lib = import <nixpkgs/lib>;
    ev = defs: (lib.evalModules { modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; }; } ] ++ map (d: { xs = d; }) defs; }); in
{
  plain = (ev [ [ 1 ] [ 2 ] ]).config.xs;
  withDefault = (ev [ (lib.mkDefault [ 1 ]) (lib.mkDefault [ 2 ]) [ 3 ] ]).config.xs;
  onlyDefaults = (ev [ (lib.mkDefault [ 1 ]) (lib.mkDefault [ 2 ]) ]).config.xs;
  optionDefaultJoins = (ev [ (lib.mkOptionDefault [ 1 ]) ]).config.xs;
  forced = (ev [ [ 1 ] (lib.mkForce [ 2 ]) (lib.mkForce [ 3 ]) ]).config.xs;
  none = (ev [ ]).options.xs.highestPrio;
}
