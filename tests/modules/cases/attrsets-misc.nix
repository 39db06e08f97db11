# optionalAttrs, isDerivation, matchAttrs, overrideExisting, foldAttrs, getOutput/getBin, recurseIntoAttrs.
let lib = import <nixpkgs/lib>;
    drv = { type = "derivation"; name = "d"; outputUnspecified = true; bin = "BIN"; out = "OUT"; }; in
{
  opt = [ (lib.optionalAttrs true { a = 1; }) (lib.optionalAttrs false { a = 1; }) ];
  isDrv = map lib.isDerivation [ drv { type = "x"; } 1 { } ];
  match = [ (lib.matchAttrs { a = 1; b = { c = 2; }; } { a = 1; b = { c = 2; d = 3; }; e = 4; })
            (lib.matchAttrs { a = 1; } { b = 1; })
            (lib.matchAttrs { b = { c = 2; }; } { b = 5; }) ];
  override = lib.overrideExisting { a = 1; b = 2; } { b = 3; c = 4; };
  fold = lib.foldAttrs (n: a: [ n ] ++ a) [ ] [ { a = 2; } { a = 3; b = 7; } ];
  bin = lib.getBin drv;
  dev = lib.getDev drv;
  plain = lib.getBin { x = 1; };
  recurse = lib.recurseIntoAttrs { a = 1; };
  dont = lib.dontRecurseIntoAttrs { a = 1; };
}
