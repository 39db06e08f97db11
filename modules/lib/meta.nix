# Helpers that adjust a derivation's name or `meta` (priority, hydra
# platforms), as nixpkgs' lib.meta; modules use them on packages they list.
{ lib }:

rec {
  /* The derivation with attributes added to its meta.

     Type: addMetaAttrs :: attrs -> derivation -> derivation

     Example:
       addMetaAttrs { priority = 5; } { name = "a"; }
       => { meta = { priority = 5; }; name = "a"; }
  */
  addMetaAttrs = extra: drv: drv // { meta = (drv.meta or { }) // extra; };

  /* The derivation marked not to be built by Hydra (meta.hydraPlatforms = [ ]).

     Type: dontDistribute :: derivation -> derivation

     Example:
       (dontDistribute { }).meta
       => { hydraPlatforms = [ ]; }
  */
  dontDistribute = addMetaAttrs { hydraPlatforms = [ ]; };

  /* The derivation with another name.

     Type: setName :: string -> derivation -> derivation

     Example:
       setName "b" { name = "a"; }
       => { name = "b"; }
  */
  setName = name: drv: drv // { inherit name; };

  /* The derivation with its name changed by f.

     Type: updateName :: (string -> string) -> derivation -> derivation

     Example:
       updateName (n: n + "-x") { name = "a"; }
       => { name = "a-x"; }
  */
  updateName = f: drv: drv // { name = f drv.name; };

  /* "foo-1.0" -> "foo-SUFFIX-1.0"

     Type: appendToName :: string -> derivation -> derivation

     Example:
       appendToName "minimal" { name = "foo-1.0"; }
       => { name = "foo-minimal-1.0"; }
  */
  appendToName = suffix: updateName (name:
    let parsed = builtins.parseDrvName name; in
    "${parsed.name}-${suffix}-${parsed.version}");

  /* Applies f to the derivations among the values of a set (others stay as they are).

     Type: mapDerivationAttrset :: (derivation -> derivation) -> attrs -> attrs

     Example:
       mapDerivationAttrset (d: d // { seen = true; }) { a = { type = "derivation"; }; b = 1; }
       => { a = { seen = true; type = "derivation"; }; b = 1; }
  */
  mapDerivationAttrset = f: builtins.mapAttrs (_: v: if lib.attrsets.isDerivation v then f v else v);

  /* The derivation with meta.priority set (for nix-env: lower numbers win).

     Type: setPrio :: int -> derivation -> derivation

     Example:
       (setPrio 3 { }).meta.priority
       => 3
  */
  setPrio = priority: addMetaAttrs { inherit priority; };

  /* The derivation with a low priority (meta.priority = 10).

     Type: lowPrio :: derivation -> derivation

     Example:
       (lowPrio { }).meta.priority
       => 10
  */
  lowPrio = setPrio 10;

  /* The derivation with a high priority (meta.priority = -10).

     Type: hiPrio :: derivation -> derivation

     Example:
       (hiPrio { }).meta.priority
       => -10
  */
  hiPrio = setPrio (-10);

  /* lowPrio applied to each derivation among the values of a set.

     Type: lowPrioSet :: attrs -> attrs

     Example:
       (lowPrioSet { a = { type = "derivation"; }; }).a.meta.priority
       => 10
  */
  lowPrioSet = mapDerivationAttrset lowPrio;

  /* hiPrio applied to each derivation among the values of a set.

     Type: hiPrioSet :: attrs -> attrs

     Example:
       (hiPrioSet { a = { type = "derivation"; }; }).a.meta.priority
       => -10
  */
  hiPrioSet = mapDerivationAttrset hiPrio;
}
