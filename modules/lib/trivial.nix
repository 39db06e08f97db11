# Small general-purpose functions (identity, booleans, numbers, warnings,
# function metadata) that the rest of the library and modules build on.
# Names and behaviour follow nixpkgs' lib.trivial of 2020.
{ lib }:

rec {
  inherit (builtins)
    pathExists readFile isBool isInt isFloat add sub lessThan
    seq deepSeq genericClosure bitAnd bitOr bitXor;

  id = x: x;

  const = x: _: x;

  # Feed `val` through each function in turn, first to last.
  pipe = val: fns: builtins.foldl' (acc: fn: fn acc) val fns;

  concat = xs: ys: xs ++ ys;

  or = a: b: a || b;
  and = a: b: a && b;

  # Two's complement: not x == -1 - x.
  bitNot = builtins.sub (-1);

  # `toString true` gives "1", which is rarely wanted in generated files.
  boolToString = b: if b then "true" else "false";

  mergeAttrs = a: b: a // b;

  flip = f: a: b: f b a;

  mapNullable = f: x: if x == null then null else f x;

  # The library has no release file of its own; these only exist so that
  # modules which print the version keep evaluating.
  release = "20.09";
  versionSuffix = "pre-nixel";
  version = release + versionSuffix;
  codeName = "Nightingale";
  revisionWithDefault = default: default;
  nixpkgsVersion = builtins.trace
    "`lib.nixpkgsVersion` is deprecated, use `lib.version` instead!" version;

  inNixShell = builtins.getEnv "IN_NIX_SHELL" != "";

  min = a: b: if a < b then a else b;
  max = a: b: if a > b then a else b;

  # Remainder with the sign of the dividend, as builtins.div truncates.
  mod = a: b: a - b * (builtins.div a b);

  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  # Order elements satisfying `p` before the others, comparing within
  # each group with its own comparator.
  splitByAndCompare = p: yes: no: a: b:
    let pa = p a; pb = p b; in
    if pa && pb then yes a b
    else if pa then -1
    else if pb then 1
    else no a b;

  importJSON = file: builtins.fromJSON (builtins.readFile file);

  # Shown in bold red on a terminal, like nixpkgs does. Nix strings have no
  # escape for ESC, so it comes from a JSON literal.
  warn = msg:
    let esc = builtins.fromJSON "\"\\u001b\""; in
    builtins.trace "${esc}[1;31mwarning: ${msg}${esc}[0m";
  info = msg: builtins.trace "INFO: ${msg}";
  showWarnings = warnings: res: lib.lists.foldr (w: acc: warn w acc) res warnings;

  # A callable attrset carrying the argument metadata that
  # builtins.functionArgs would report for a `{ a, b ? x }:` lambda.
  setFunctionArgs = f: args: {
    __functor = _: f;
    __functionArgs = args;
  };

  functionArgs = f: f.__functionArgs or (builtins.functionArgs f);

  isFunction = f:
    builtins.isFunction f || (f ? __functor && isFunction (f.__functor f));
}
