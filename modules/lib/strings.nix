# Functions on strings: concatenation, prefixes and suffixes, splitting,
# escaping for shells and Nix, case conversion, search paths and
# version/name helpers, with the behaviour of nixpkgs' lib.strings of 2020.
{ lib }:

let
  inherit (builtins) stringLength substring length isString replaceStrings;
in
rec {
  inherit (builtins) stringLength substring head tail isString replaceStrings concatStringsSep;

  concatStrings = builtins.concatStringsSep "";

  concatMapStrings = f: list: concatStrings (map f list);
  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);

  # Put `sep` between consecutive elements of a list.
  intersperse = sep: list:
    if length list < 2 then list
    else builtins.tail (builtins.concatMap (x: [ sep x ]) list);

  concatMapStringsSep = sep: f: list: builtins.concatStringsSep sep (map f list);
  concatImapStringsSep = sep: f: list: builtins.concatStringsSep sep (lib.lists.imap1 f list);

  # "p1/sub:p2/sub", skipping nulls.
  makeSearchPath = subDir: paths:
    builtins.concatStringsSep ":"
      (map (p: p + "/" + subDir) (builtins.filter (p: p != null) paths));

  makeSearchPathOutput = output: subDir: pkgs:
    makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  makeLibraryPath = makeSearchPathOutput "lib" "lib";
  makeBinPath = makeSearchPathOutput "bin" "bin";

  optionalString = cond: s: if cond then s else "";

  hasPrefix = prefix: s: substring 0 (stringLength prefix) s == prefix;

  hasSuffix = suffix: s:
    let
      n = stringLength s;
      k = stringLength suffix;
    in
    n >= k && substring (n - k) n s == suffix;

  hasInfix = infix: s: builtins.match ".*${escapeRegex infix}.*" "${s}" != null;

  stringToCharacters = s: builtins.genList (i: substring i 1 s) (stringLength s);

  stringAsChars = f: s: concatStrings (map f (stringToCharacters s));

  # Backslash-escape every occurrence of the given characters.
  escape = chars: replaceStrings chars (map (c: "\\${c}") chars);

  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  # Always single-quoted, as the 2020 lib did (newer ones skip safe words).
  escapeShellArg = arg: "'${replaceStrings [ "'" ] [ "'\\''" ] (toString arg)}'";

  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  # A Nix string literal for `s` (JSON quoting plus escaping `$`).
  escapeNixString = s: escape [ "$" ] (builtins.toJSON s);

  escapeNixIdentifier = s:
    if builtins.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s
    else escapeNixString s;

  replaceChars = builtins.replaceStrings;

  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  toLower = replaceStrings upperChars lowerChars;
  toUpper = replaceStrings lowerChars upperChars;

  # `b` carrying the string context of `a`.
  addContextFrom = a: b: substring 0 0 a + b;

  splitString = sep: s:
    map (part: addContextFrom s part)
      (builtins.filter isString (builtins.split (escapeRegex (toString sep)) (toString s)));

  removePrefix = prefix: s:
    let k = stringLength prefix; in
    if hasPrefix prefix s then substring k (stringLength s - k) s else s;

  removeSuffix = suffix: s:
    let
      n = stringLength s;
      k = stringLength suffix;
    in
    if k <= n && substring (n - k) k s == suffix then substring 0 (n - k) s else s;

  versionOlder = a: b: builtins.compareVersions b a == 1;
  versionAtLeast = a: b: !versionOlder a b;

  getName = x:
    if isString x then (builtins.parseDrvName x).name
    else x.pname or (builtins.parseDrvName x.name).name;

  getVersion = x:
    if isString x then (builtins.parseDrvName x).version
    else x.version or (builtins.parseDrvName x.name).version;

  # The part of the URL's last component before `sep`.
  nameFromURL = url: sep:
    let
      file = lib.lists.last (splitString "/" url);
      name = builtins.head (splitString sep file);
    in
    assert name != file; name;

  enableFeature = on: feat: "--${if on then "enable" else "disable"}-${feat}";
  enableFeatureAs = on: feat: value: enableFeature on feat + optionalString on "=${value}";
  withFeature = on: feat: "--${if on then "with" else "without"}-${feat}";
  withFeatureAs = on: feat: value: withFeature on feat + optionalString on "=${value}";

  # Left-pad `s` with `filler` up to `width` characters.
  fixedWidthString = width: filler: s:
    let n = stringLength s; in
    assert lib.asserts.assertMsg (n <= width)
      "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString n})";
    if n == width then s
    else filler + fixedWidthString (width - stringLength filler) filler s;

  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  isCoercibleToString = x:
    builtins.elem (builtins.typeOf x) [ "path" "string" "null" "int" "float" "bool" ]
    || (builtins.isList x && builtins.all isCoercibleToString x)
    || x ? outPath
    || x ? __toString;

  # A direct child of the store directory (not a file inside one).
  isStorePath = x:
    isCoercibleToString x && (
      let s = toString x; in
      substring 0 1 s == "/" && dirOf s == builtins.storeDir);

  toInt = s:
    let n = builtins.fromJSON s; in
    if builtins.isInt n then n else throw "Could not convert ${s} to int.";

  readPathsFromFile = root: file:
    map (p: root + "/${p}")
      (builtins.filter (l: l != "" && !hasPrefix "#" l)
        (splitString "\n" (builtins.readFile file)));

  fileContents = file: removeSuffix "\n" (builtins.readFile file);

  # Replace characters not allowed in store path names and trim the result.
  sanitizeDerivationName = s:
    let
      noContext = builtins.unsafeDiscardStringContext s;
      noDots = builtins.head (builtins.match "\\.*(.*)" noContext);
      cleaned = concatMapStrings (p: if builtins.isList p then "-" else p)
        (builtins.split "[^[:alnum:]+._?=-]+" noDots);
      short = substring (lib.trivial.max (stringLength cleaned - 207) 0) (-1) cleaned;
    in
    if short == "" then "unknown" else short;
}
