# Helpers that adjust a derivation's name or `meta` (priority, hydra
# platforms), as nixpkgs' lib.meta; modules use them on packages they list.
{ lib }:

rec {
  addMetaAttrs = extra: drv: drv // { meta = (drv.meta or { }) // extra; };

  dontDistribute = addMetaAttrs { hydraPlatforms = [ ]; };

  setName = name: drv: drv // { inherit name; };

  updateName = f: drv: drv // { name = f drv.name; };

  # "foo-1.0" -> "foo-SUFFIX-1.0"
  appendToName = suffix: updateName (name:
    let parsed = builtins.parseDrvName name; in
    "${parsed.name}-${suffix}-${parsed.version}");

  mapDerivationAttrset = f: builtins.mapAttrs (_: v: if lib.attrsets.isDerivation v then f v else v);

  setPrio = priority: addMetaAttrs { inherit priority; };
  lowPrio = setPrio 10;
  hiPrio = setPrio (-10);
  lowPrioSet = mapDerivationAttrset lowPrio;
  hiPrioSet = mapDerivationAttrset hiPrio;
}
