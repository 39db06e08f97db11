# A nixpkgs-like package set: a fixpoint of 30,000 attributes built with overlays (final: prev:),
# callPackage (functionArgs, intersectAttrs), override and overrideAttrs-like extension,
# then a walk over every package.
let
  n = 30000;
  fix = f: let x = f x; in x;
  extends = overlay: f: final: let prev = f final; in prev // overlay final prev;
  callPackageWith = autoArgs: fn: args:
    let
      f = if builtins.isFunction fn then fn else import fn;
      auto = builtins.intersectAttrs (builtins.functionArgs f) autoArgs;
      result = f (auto // args);
    in result // { override = newArgs: callPackageWith autoArgs fn (args // newArgs); };
  mkPkg = { name, version ? "1.0", deps ? [ ] }:
    { inherit name version deps; weight = 1 + builtins.length deps; };
  pkgFn = i: { mkPkg, lib ? null, stdenv ? null, ... }@args:
    mkPkg { name = "p${toString i}"; deps = if i < 3 then [ ] else [ "p${toString (i / 3)}" ]; };
  base = final: builtins.listToAttrs (builtins.genList (i: {
      name = "p${toString i}"; value = final.callPackage (pkgFn i) { };
    }) n) // {
    callPackage = callPackageWith final;
    inherit mkPkg;
    stdenv = { system = "x86_64-linux"; };
    lib = { };
  };
  overlay1 = final: prev: builtins.listToAttrs (builtins.genList (i: {
      name = "p${toString (i * 7)}"; value = prev."p${toString (i * 7)}".override { version = "2.0"; };
    }) (n / 7));
  overlay2 = final: prev: builtins.listToAttrs (builtins.genList (i: {
      name = "p${toString (i * 11)}"; value = prev."p${toString (i * 11)}" // { patched = true; };
    }) (n / 11));
  overlay3 = final: prev: { extra = builtins.length (builtins.attrNames prev); };
  pkgs = fix (builtins.foldl' (f: o: extends o f) base [ overlay1 overlay2 overlay3 ]);
  names = builtins.genList (i: "p${toString i}") n;
in builtins.foldl' (acc: name:
  let p = pkgs.${name}; in
  acc + p.weight + (if p.version == "2.0" then 1 else 0) + (if p ? patched then 1 else 0)
    + builtins.length (map (d: pkgs.${d}.weight) p.deps)) pkgs.extra names
