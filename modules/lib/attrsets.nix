# Functions on attribute sets: paths into nested sets, mapping, filtering,
# zipping and recursive updates, plus the few derivation helpers
# (isDerivation, getOutput) that modules call. Behaviour as nixpkgs 2020.
{ lib }:

let
  inherit (builtins) attrNames head tail length isAttrs listToAttrs;
in
rec {
  inherit (builtins) attrNames listToAttrs hasAttr isAttrs getAttr attrValues catAttrs mapAttrs;

  # Follow `path` into `set`; `default` as soon as a step is missing.
  attrByPath = path: default: set:
    let
      go = i: s:
        if i == length path then s
        else
          let name = builtins.elemAt path i; in
          if s ? ${name} then go (i + 1) s.${name} else default;
    in go 0 set;

  hasAttrByPath = path: set:
    let
      go = i: s:
        if i == length path then true
        else
          let name = builtins.elemAt path i; in
          s ? ${name} && go (i + 1) s.${name};
    in go 0 set;

  setAttrByPath = path: value:
    lib.lists.foldr (name: inner: { ${name} = inner; }) value path;

  getAttrFromPath = path: set:
    attrByPath path
      (abort ("cannot find attribute `" + builtins.concatStringsSep "." path + "'"))
      set;

  # Show a path the way it would be written in Nix source (newer lib).
  showAttrPath = path:
    if path == [ ] then "<root attribute path>"
    else builtins.concatStringsSep "." (map lib.strings.escapeNixIdentifier path);

  attrVals = names: set: map (n: set.${n}) names;

  getAttrs = names: set: genAttrs names (n: set.${n});

  filterAttrs = pred: set:
    removeAttrs set (builtins.filter (n: !pred n set.${n}) (attrNames set));

  # Values that are sets and pass `pred` are filtered again, all the way down.
  filterAttrsRecursive = pred: set:
    listToAttrs (builtins.concatMap
      (n:
        let v = set.${n}; in
        if pred n v then
          [ (nameValuePair n (if isAttrs v then filterAttrsRecursive pred v else v)) ]
        else [ ])
      (attrNames set));

  # Fold the values of each name across a list of sets, right to left.
  foldAttrs = op: nul: sets:
    lib.lists.foldr
      (set: acc:
        builtins.foldl'
          (acc': n: acc' // { ${n} = op set.${n} (acc'.${n} or nul); })
          acc
          (attrNames set))
      { }
      sets;

  # All values (at any depth, depth first, names in order) satisfying pred;
  # a value satisfying pred is not searched further.
  collect = pred: v:
    if pred v then [ v ]
    else if isAttrs v then builtins.concatMap (collect pred) (builtins.attrValues v)
    else [ ];

  nameValuePair = name: value: { inherit name value; };

  mapAttrs' = f: set: listToAttrs (map (n: f n set.${n}) (attrNames set));

  mapAttrsToList = f: set: map (n: f n set.${n}) (attrNames set);

  # `f` gets the path to each leaf; `cond` decides whether to enter a set.
  mapAttrsRecursiveCond = cond: f: set:
    let
      walk = path: s:
        builtins.mapAttrs
          (n: v:
            if isAttrs v && cond v then walk (path ++ [ n ]) v
            else f (path ++ [ n ]) v)
          s;
    in walk [ ] set;

  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);

  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);

  isDerivation = x: isAttrs x && x ? type && x.type == "derivation";

  # Wrap a store path so it can stand where a derivation is expected.
  toDerivation = path:
    let
      storePath = builtins.storePath path;
      drv = {
        type = "derivation";
        name = lib.strings.sanitizeDerivationName
          (builtins.substring 33 (-1) (baseNameOf storePath));
        outPath = storePath;
        outputs = [ "out" ];
        out = drv;
        outputName = "out";
      };
    in drv;

  optionalAttrs = cond: set: if cond then set else { };

  zipAttrsWithNames = names: f: sets:
    listToAttrs (map (n: { name = n; value = f n (builtins.catAttrs n sets); }) names);

  zipAttrsWith = builtins.zipAttrsWith;

  zipAttrs = builtins.zipAttrsWith (_: values: values);

  # Merge `rhs` into `lhs` recursively; stop descending (and take rhs) where
  # `pred path lhsValue rhsValue` holds.
  recursiveUpdateUntil = pred: lhs: rhs:
    let
      merge = path: sets:
        builtins.zipAttrsWith
          (n: values:
            let here = path ++ [ n ]; in
            if tail values == [ ] || pred here (builtins.elemAt values 1) (head values)
            then head values
            else merge here values)
          sets;
    in merge [ ] [ rhs lhs ];

  recursiveUpdate = recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r));

  # Does `set` contain everything in `pattern` (recursively for sets)?
  matchAttrs = pattern: set:
    assert isAttrs pattern;
    builtins.all
      (n:
        let p = pattern.${n}; in
        set ? ${n} && (
          if isAttrs p then isAttrs set.${n} && matchAttrs p set.${n}
          else p == set.${n}))
      (attrNames pattern);

  overrideExisting = old: new: builtins.mapAttrs (n: v: new.${n} or v) old;

  getOutput = output: pkg:
    if pkg.outputUnspecified or false
    then pkg.${output} or pkg.out or pkg
    else pkg;

  getBin = getOutput "bin";
  getLib = getOutput "lib";
  getDev = getOutput "dev";

  chooseDevOutputs = map getDev;

  recurseIntoAttrs = set: set // { recurseForDerivations = true; };
  dontRecurseIntoAttrs = set: set // { recurseForDerivations = false; };

  zipWithNames = zipAttrsWithNames;
  zip = builtins.trace "lib.zip is deprecated, use lib.zipAttrsWith instead" zipAttrsWith;
}
