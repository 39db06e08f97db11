# Small general-purpose functions (identity, booleans, numbers, warnings,
# function metadata) that the rest of the library and modules build on.
# Names and behaviour follow nixpkgs' lib.trivial of 2020.
{ lib }:

rec {
  inherit (builtins)
    pathExists readFile isBool isInt isFloat add sub lessThan
    seq deepSeq genericClosure bitAnd bitOr bitXor;

  /* The identity function: returns its argument.

     Type: id :: a -> a

     Example:
       id 5
       => 5
  */
  id = x: x;

  /* A function that ignores its second argument and returns the first.

     Type: const :: a -> b -> a

     Example:
       map (const 0) [ 1 2 ]
       => [ 0 0 ]
  */
  const = x: _: x;

  /* Feed `val` through each function in turn, first to last.

     Type: pipe :: a -> [(a -> b)] -> b

     Example:
       pipe 2 [ (x: x + 1) (x: x * 10) ]
       => 30
  */
  pipe = val: fns: builtins.foldl' (acc: fn: fn acc) val fns;

  /* Concatenates two lists (xs ++ ys, as a function).

     Type: concat :: [a] -> [a] -> [a]

     Example:
       concat [ 1 ] [ 2 3 ]
       => [ 1 2 3 ]
  */
  concat = xs: ys: xs ++ ys;

  /* Logical or (a || b, as a function).

     Type: or :: bool -> bool -> bool

     Example:
       trivial.or false true
       => true
  */
  or = a: b: a || b;

  /* Logical and (a && b, as a function).

     Type: and :: bool -> bool -> bool

     Example:
       and true false
       => false
  */
  and = a: b: a && b;

  /* The bitwise complement of an integer.

     Two's complement: not x == -1 - x.

     Type: bitNot :: int -> int

     Example:
       bitNot 0
       => -1
  */
  bitNot = builtins.sub (-1);

  /* "true" or "false" for a boolean.

     `toString true` gives "1", which is rarely wanted in generated files.

     Type: boolToString :: bool -> string

     Example:
       boolToString true
       => "true"
  */
  boolToString = b: if b then "true" else "false";

  /* Merges two sets, the second one winning (a // b, as a function).

     Type: mergeAttrs :: attrs -> attrs -> attrs

     Example:
       mergeAttrs { a = 1; b = 1; } { b = 2; }
       => { a = 1; b = 2; }
  */
  mergeAttrs = a: b: a // b;

  /* Swaps the first two arguments of a function.

     Type: flip :: (a -> b -> c) -> (b -> a -> c)

     Example:
       flip builtins.sub 1 10
       => 9
  */
  flip = f: a: b: f b a;

  /* Applies f to x unless x is null.

     Type: mapNullable :: (a -> b) -> (a | null) -> (b | null)

     Example:
       mapNullable (x: x + 1) null
       => null
  */
  mapNullable = f: x: if x == null then null else f x;

  # The library has no release file of its own; these only exist so that
  # modules which print the version keep evaluating.
  release = "20.09";
  versionSuffix = "pre-nixel";
  version = release + versionSuffix;
  codeName = "Nightingale";

  /* The revision of the library's source, or the default (nixel's lib has none: always the default).

     Type: revisionWithDefault :: string -> string

     Example:
       revisionWithDefault "unknown"
       => "unknown"
  */
  revisionWithDefault = default: default;
  nixpkgsVersion = builtins.trace
    "`lib.nixpkgsVersion` is deprecated, use `lib.version` instead!" version;

  inNixShell = builtins.getEnv "IN_NIX_SHELL" != "";

  /* The smaller of two values.

     Type: min :: a -> a -> a

     Example:
       min 3 2
       => 2
  */
  min = a: b: if a < b then a else b;

  /* The larger of two values.

     Type: max :: a -> a -> a

     Example:
       max 3 2
       => 3
  */
  max = a: b: if a > b then a else b;

  /* Remainder with the sign of the dividend, as builtins.div truncates.

     Type: mod :: int -> int -> int

     Example:
       mod 7 3
       => 1
  */
  mod = a: b: a - b * (builtins.div a b);

  /* -1, 0 or 1 as a is less than, equal to or greater than b.

     Type: compare :: a -> a -> int

     Example:
       compare 1 2
       => -1
  */
  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  /* Order elements satisfying `p` before the others, comparing within
     each group with its own comparator.

     Type: splitByAndCompare :: (a -> bool) -> (a -> a -> int) -> (a -> a -> int) -> (a -> a -> int)

     Example:
       splitByAndCompare (x: x > 10) compare compare 11 3
       => -1
  */
  splitByAndCompare = p: yes: no: a: b:
    let pa = p a; pb = p b; in
    if pa && pb then yes a b
    else if pa then -1
    else if pb then 1
    else no a b;

  /* The Nix value of a JSON file.

     Type: importJSON :: path -> any

     Example:
       builtins.typeOf importJSON
       => "lambda"
  */
  importJSON = file: builtins.fromJSON (builtins.readFile file);

  /* Prints msg as a warning on standard error, then returns the second argument.

     Shown in bold red on a terminal, like nixpkgs does. Nix strings have no
     escape for ESC, so it comes from a JSON literal.

     Type: warn :: string -> a -> a

     Example:
       warn "deprecated" 1
       => 1
  */
  warn = msg:
    let esc = builtins.fromJSON "\"\\u001b\""; in
    builtins.trace "${esc}[1;31mwarning: ${msg}${esc}[0m";

  /* Prints "INFO: msg" on standard error, then returns the second argument.

     Type: info :: string -> a -> a

     Example:
       info "building" 1
       => 1
  */
  info = msg: builtins.trace "INFO: ${msg}";

  /* Prints each warning of a list (see warn), then returns res.

     Type: showWarnings :: [string] -> a -> a

     Example:
       showWarnings [ "one" ] 2
       => 2
  */
  showWarnings = warnings: res: lib.lists.foldr (w: acc: warn w acc) res warnings;

  /* A callable attrset carrying the argument metadata that
     builtins.functionArgs would report for a `{ a, b ? x }:` lambda.

     Type: setFunctionArgs :: (a -> b) -> attrs -> (a -> b)

     Example:
       functionArgs (setFunctionArgs (x: x) { a = false; })
       => { a = false; }
  */
  setFunctionArgs = f: args: {
    __functor = _: f;
    __functionArgs = args;
  };

  /* The formal arguments of a function as builtins.functionArgs gives them, also for sets made by setFunctionArgs.

     Type: functionArgs :: (a -> b) -> attrs

     Example:
       functionArgs ({ a, b ? 1 }: a)
       => { a = false; b = true; }
  */
  functionArgs = f: f.__functionArgs or (builtins.functionArgs f);

  /* True for a function, and for a set with __functor (callable like a function).

     Type: isFunction :: any -> bool

     Example:
       isFunction { __functor = self: x: x; }
       => true
  */
  isFunction = f:
    builtins.isFunction f || (f ? __functor && isFunction (f.__functor f));
}
