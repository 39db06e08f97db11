# Functions on attribute sets: paths into nested sets, mapping, filtering,
# zipping and recursive updates, plus the few derivation helpers
# (isDerivation, getOutput) that modules call. Behaviour as nixpkgs 2020.
{ lib }:

let
  inherit (builtins) attrNames head tail length isAttrs listToAttrs;
in
rec {
  inherit (builtins) attrNames listToAttrs hasAttr isAttrs getAttr attrValues catAttrs mapAttrs;

  /* Follow `path` into `set`; `default` as soon as a step is missing.

     Type: attrByPath :: [string] -> a -> attrs -> a

     Example:
       attrByPath [ "a" "b" ] 0 { a.b = 1; }
       => 1
  */
  attrByPath = path: default: set:
    let
      go = i: s:
        if i == length path then s
        else
          let name = builtins.elemAt path i; in
          if s ? ${name} then go (i + 1) s.${name} else default;
    in go 0 set;

  /* True if the nested attribute at path (a list of names) exists.

     Type: hasAttrByPath :: [string] -> attrs -> bool

     Example:
       hasAttrByPath [ "a" "c" ] { a.b = 1; }
       => false
  */
  hasAttrByPath = path: set:
    let
      go = i: s:
        if i == length path then true
        else
          let name = builtins.elemAt path i; in
          s ? ${name} && go (i + 1) s.${name};
    in go 0 set;

  /* A nested set with value at path (a list of names).

     Type: setAttrByPath :: [string] -> a -> attrs

     Example:
       setAttrByPath [ "a" "b" ] 1
       => { a = { b = 1; }; }
  */
  setAttrByPath = path: value:
    lib.lists.foldr (name: inner: { ${name} = inner; }) value path;

  /* The nested attribute at path (a list of names); an error if it is missing.

     Type: getAttrFromPath :: [string] -> attrs -> a

     Example:
       getAttrFromPath [ "a" "b" ] { a.b = 1; }
       => 1
  */
  getAttrFromPath = path: set:
    attrByPath path
      (abort ("cannot find attribute `" + builtins.concatStringsSep "." path + "'"))
      set;

  /* Show a path the way it would be written in Nix source (newer lib).

     Type: showAttrPath :: [string] -> string

     Example:
       showAttrPath [ "foo" "bar.baz" ]
       => "foo.\"bar.baz\""
  */
  showAttrPath = path:
    if path == [ ] then "<root attribute path>"
    else builtins.concatStringsSep "." (map lib.strings.escapeNixIdentifier path);

  /* The values of the given names in a set.

     Type: attrVals :: [string] -> attrs -> [a]

     Example:
       attrVals [ "a" "b" ] { a = 1; b = 2; c = 3; }
       => [ 1 2 ]
  */
  attrVals = names: set: map (n: set.${n}) names;

  /* The set with only the given names.

     Type: getAttrs :: [string] -> attrs -> attrs

     Example:
       getAttrs [ "a" "b" ] { a = 1; b = 2; c = 3; }
       => { a = 1; b = 2; }
  */
  getAttrs = names: set: genAttrs names (n: set.${n});

  /* The attributes for which pred name value is true.

     Type: filterAttrs :: (string -> a -> bool) -> attrs -> attrs

     Example:
       filterAttrs (n: v: v > 1) { a = 1; b = 2; }
       => { b = 2; }
  */
  filterAttrs = pred: set:
    removeAttrs set (builtins.filter (n: !pred n set.${n}) (attrNames set));

  /* Values that are sets and pass `pred` are filtered again, all the way down.

     Type: filterAttrsRecursive :: (string -> a -> bool) -> attrs -> attrs

     Example:
       filterAttrsRecursive (n: v: v != null) { a = { b = null; c = 1; }; d = null; }
       => { a = { c = 1; }; }
  */
  filterAttrsRecursive = pred: set:
    listToAttrs (builtins.concatMap
      (n:
        let v = set.${n}; in
        if pred n v then
          [ (nameValuePair n (if isAttrs v then filterAttrsRecursive pred v else v)) ]
        else [ ])
      (attrNames set));

  /* Fold the values of each name across a list of sets, right to left.

     Type: foldAttrs :: (a -> b -> b) -> b -> [attrs] -> attrs

     Example:
       foldAttrs (x: acc: [ x ] ++ acc) [ ] [ { a = 1; } { a = 2; b = 3; } ]
       => { a = [ 1 2 ]; b = [ 3 ]; }
  */
  foldAttrs = op: nul: sets:
    lib.lists.foldr
      (set: acc:
        builtins.foldl'
          (acc': n: acc' // { ${n} = op set.${n} (acc'.${n} or nul); })
          acc
          (attrNames set))
      { }
      sets;

  /* All values (at any depth, depth first, names in order) satisfying pred;
     a value satisfying pred is not searched further.

     Type: collect :: (a -> bool) -> attrs -> [a]

     Example:
       collect builtins.isInt { a = 1; b = { c = 2; d = "x"; }; }
       => [ 1 2 ]
  */
  collect = pred: v:
    if pred v then [ v ]
    else if isAttrs v then builtins.concatMap (collect pred) (builtins.attrValues v)
    else [ ];

  /* A { name; value; } pair, as listToAttrs and mapAttrs' take them.

     Type: nameValuePair :: string -> a -> { name :: string; value :: a; }

     Example:
       nameValuePair "a" 1
       => { name = "a"; value = 1; }
  */
  nameValuePair = name: value: { inherit name value; };

  /* Like mapAttrs, f returning a nameValuePair: both names and values can change.

     Type: mapAttrs' :: (string -> a -> { name :: string; value :: b; }) -> attrs -> attrs

     Example:
       mapAttrs' (n: v: nameValuePair "x_${n}" (v * 2)) { a = 1; }
       => { x_a = 2; }
  */
  mapAttrs' = f: set: listToAttrs (map (n: f n set.${n}) (attrNames set));

  /* A list of f name value for each attribute, in the order of the names.

     Type: mapAttrsToList :: (string -> a -> b) -> attrs -> [b]

     Example:
       mapAttrsToList (n: v: "${n}=${toString v}") { a = 1; b = 2; }
       => [ "a=1" "b=2" ]
  */
  mapAttrsToList = f: set: map (n: f n set.${n}) (attrNames set);

  /* `f` gets the path to each leaf; `cond` decides whether to enter a set.

     Type: mapAttrsRecursiveCond :: (attrs -> bool) -> ([string] -> a -> b) -> attrs -> attrs

     Example:
       mapAttrsRecursiveCond (s: !(s ? stop)) (path: v: builtins.concatStringsSep "." path) { a.b = 1; c = { stop = 1; }; }
       => { a = { b = "a.b"; }; c = "c"; }
  */
  mapAttrsRecursiveCond = cond: f: set:
    let
      walk = path: s:
        builtins.mapAttrs
          (n: v:
            if isAttrs v && cond v then walk (path ++ [ n ]) v
            else f (path ++ [ n ]) v)
          s;
    in walk [ ] set;

  /* Like mapAttrs on the leaves of nested sets, f getting the path (a list of names) and the value.

     Type: mapAttrsRecursive :: ([string] -> a -> b) -> attrs -> attrs

     Example:
       mapAttrsRecursive (path: v: v + 1) { a.b = 1; c = 2; }
       => { a = { b = 2; }; c = 3; }
  */
  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);

  /* A set with the given names, each name's value f name.

     Type: genAttrs :: [string] -> (string -> a) -> attrs

     Example:
       genAttrs [ "a" "b" ] (n: "x_" + n)
       => { a = "x_a"; b = "x_b"; }
  */
  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);

  /* True if the value is a derivation (a set with type = "derivation").

     Type: isDerivation :: any -> bool

     Example:
       isDerivation { type = "derivation"; }
       => true
  */
  isDerivation = x: isAttrs x && x ? type && x.type == "derivation";

  /* Wrap a store path so it can stand where a derivation is expected.

     Type: toDerivation :: path -> derivation

     Example:
       builtins.typeOf toDerivation
       => "lambda"
  */
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

  /* The set if cond, else { }.

     Type: optionalAttrs :: bool -> attrs -> attrs

     Example:
       optionalAttrs false { a = 1; }
       => { }
  */
  optionalAttrs = cond: set: if cond then set else { };

  /* Like zipAttrsWith, for the given names only.

     Type: zipAttrsWithNames :: [string] -> (string -> [a] -> b) -> [attrs] -> attrs

     Example:
       zipAttrsWithNames [ "a" ] (n: vs: vs) [ { a = 1; b = 2; } { a = 3; } ]
       => { a = [ 1 3 ]; }
  */
  zipAttrsWithNames = names: f: sets:
    listToAttrs (map (n: { name = n; value = f n (builtins.catAttrs n sets); }) names);

  zipAttrsWith = builtins.zipAttrsWith;

  /* Merges a list of sets into one, each name with the list of its values.

     Type: zipAttrs :: [attrs] -> attrs

     Example:
       zipAttrs [ { a = 1; } { a = 2; b = 3; } ]
       => { a = [ 1 2 ]; b = [ 3 ]; }
  */
  zipAttrs = builtins.zipAttrsWith (_: values: values);

  /* Merge `rhs` into `lhs` recursively; stop descending (and take rhs) where
     `pred path lhsValue rhsValue` holds.

     Type: recursiveUpdateUntil :: ([string] -> a -> a -> bool) -> attrs -> attrs -> attrs

     Example:
       recursiveUpdateUntil (path: l: r: path == [ "a" ]) { a.b = 1; c.d = 1; } { a.e = 2; c.f = 2; }
       => { a = { e = 2; }; c = { d = 1; f = 2; }; }
  */
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

  /* Merges two sets like //, but merges nested sets too (the second wins elsewhere).

     Type: recursiveUpdate :: attrs -> attrs -> attrs

     Example:
       recursiveUpdate { a.b = 1; a.c = 1; } { a.c = 2; }
       => { a = { b = 1; c = 2; }; }
  */
  recursiveUpdate = recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r));

  /* Does `set` contain everything in `pattern` (recursively for sets)?

     Type: matchAttrs :: attrs -> attrs -> bool

     Example:
       matchAttrs { a.b = 1; } { a = { b = 1; c = 2; }; d = 3; }
       => true
  */
  matchAttrs = pattern: set:
    assert isAttrs pattern;
    builtins.all
      (n:
        let p = pattern.${n}; in
        set ? ${n} && (
          if isAttrs p then isAttrs set.${n} && matchAttrs p set.${n}
          else p == set.${n}))
      (attrNames pattern);

  /* The first set with the values of the second for the names they share (no names are added).

     Type: overrideExisting :: attrs -> attrs -> attrs

     Example:
       overrideExisting { a = 1; b = 2; } { b = 3; c = 4; }
       => { a = 1; b = 3; }
  */
  overrideExisting = old: new: builtins.mapAttrs (n: v: new.${n} or v) old;

  /* The given output of a package (if it has it and no output was chosen), else the package.

     Type: getOutput :: string -> derivation -> derivation

     Example:
       getOutput "lib" { outputUnspecified = true; lib = "the lib output"; }
       => "the lib output"
  */
  getOutput = output: pkg:
    if pkg.outputUnspecified or false
    then pkg.${output} or pkg.out or pkg
    else pkg;

  /* The bin output of a package (getOutput "bin").

     Type: getBin :: derivation -> derivation

     Example:
       getBin "/nix/store/a-hello"
       => "/nix/store/a-hello"
  */
  getBin = getOutput "bin";

  /* The lib output of a package (getOutput "lib").

     Type: getLib :: derivation -> derivation

     Example:
       getLib "/nix/store/a-zlib"
       => "/nix/store/a-zlib"
  */
  getLib = getOutput "lib";

  /* The dev output of a package (getOutput "dev").

     Type: getDev :: derivation -> derivation

     Example:
       getDev "/nix/store/a-zlib"
       => "/nix/store/a-zlib"
  */
  getDev = getOutput "dev";

  /* The dev output of each package of a list.

     Type: chooseDevOutputs :: [derivation] -> [derivation]

     Example:
       chooseDevOutputs [ "/nix/store/a-zlib" ]
       => [ "/nix/store/a-zlib" ]
  */
  chooseDevOutputs = map getDev;

  /* The set marked so that nix-env and nix-instantiate look for derivations inside it.

     Type: recurseIntoAttrs :: attrs -> attrs

     Example:
       recurseIntoAttrs { }
       => { recurseForDerivations = true; }
  */
  recurseIntoAttrs = set: set // { recurseForDerivations = true; };

  /* The set marked so that nix-env and nix-instantiate do not look inside it.

     Type: dontRecurseIntoAttrs :: attrs -> attrs

     Example:
       dontRecurseIntoAttrs { }
       => { recurseForDerivations = false; }
  */
  dontRecurseIntoAttrs = set: set // { recurseForDerivations = false; };

  /* zipWithNames is zipAttrsWithNames (an older name).

     Type: zipWithNames :: [string] -> (string -> [a] -> b) -> [attrs] -> attrs

     Example:
       zipWithNames [ "a" ] (n: vs: vs) [ { a = 1; } { a = 2; } ]
       => { a = [ 1 2 ]; }
  */
  zipWithNames = zipAttrsWithNames;
  zip = builtins.trace "lib.zip is deprecated, use lib.zipAttrsWith instead" zipAttrsWith;
}
