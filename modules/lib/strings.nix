# Functions on strings: concatenation, prefixes and suffixes, splitting,
# escaping for shells and Nix, case conversion, search paths and
# version/name helpers, with the behaviour of nixpkgs' lib.strings of 2020.
{ lib }:

let
  inherit (builtins) stringLength substring length isString replaceStrings;
in
rec {
  inherit (builtins) stringLength substring head tail isString replaceStrings concatStringsSep;

  /* Concatenates a list of strings.

     Type: concatStrings :: [string] -> string

     Example:
       concatStrings [ "foo" "bar" ]
       => "foobar"
  */
  concatStrings = builtins.concatStringsSep "";

  /* Maps a function over a list and concatenates the resulting strings.

     Type: concatMapStrings :: (a -> string) -> [a] -> string

     Example:
       concatMapStrings (x: x + "-") [ "a" "b" ]
       => "a-b-"
  */
  concatMapStrings = f: list: concatStrings (map f list);

  /* Like concatMapStrings, the function also getting each element's position (from 1).

     Type: concatImapStrings :: (int -> a -> string) -> [a] -> string

     Example:
       concatImapStrings (i: x: "${toString i}${x}") [ "a" "b" ]
       => "1a2b"
  */
  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);

  /* Put `sep` between consecutive elements of a list.

     Type: intersperse :: a -> [a] -> [a]

     Example:
       intersperse "/" [ "usr" "local" "bin" ]
       => [ "usr" "/" "local" "/" "bin" ]
  */
  intersperse = sep: list:
    if length list < 2 then list
    else builtins.tail (builtins.concatMap (x: [ sep x ]) list);

  /* Maps a function over a list and joins the resulting strings with a separator.

     Type: concatMapStringsSep :: string -> (a -> string) -> [a] -> string

     Example:
       concatMapStringsSep "-" (x: toString (x + 1)) [ 1 2 ]
       => "2-3"
  */
  concatMapStringsSep = sep: f: list: builtins.concatStringsSep sep (map f list);

  /* Like concatMapStringsSep, the function also getting each element's position (from 1).

     Type: concatImapStringsSep :: string -> (int -> a -> string) -> [a] -> string

     Example:
       concatImapStringsSep "," (i: x: "${x}${toString i}") [ "a" "b" ]
       => "a1,b2"
  */
  concatImapStringsSep = sep: f: list: builtins.concatStringsSep sep (lib.lists.imap1 f list);

  /* A search path from directories and the subdirectory to take in each.

     "p1/sub:p2/sub", skipping nulls.

     Type: makeSearchPath :: string -> [string] -> string

     Example:
       makeSearchPath "bin" [ "/usr" "/usr/local" ]
       => "/usr/bin:/usr/local/bin"
  */
  makeSearchPath = subDir: paths:
    builtins.concatStringsSep ":"
      (map (p: p + "/" + subDir) (builtins.filter (p: p != null) paths));

  /* Like makeSearchPath, with packages: each one's given output (see getOutput).

     Type: makeSearchPathOutput :: string -> string -> [package] -> string

     Example:
       makeSearchPathOutput "dev" "include" [ "/nix/store/a-zlib" ]
       => "/nix/store/a-zlib/include"
  */
  makeSearchPathOutput = output: subDir: pkgs:
    makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  /* The lib directories of packages' lib outputs, as a search path.

     Type: makeLibraryPath :: [package] -> string

     Example:
       makeLibraryPath [ "/nix/store/a-zlib" ]
       => "/nix/store/a-zlib/lib"
  */
  makeLibraryPath = makeSearchPathOutput "lib" "lib";

  /* The bin directories of packages' bin outputs, as a search path.

     Type: makeBinPath :: [package] -> string

     Example:
       makeBinPath [ "/nix/store/a-hello" ]
       => "/nix/store/a-hello/bin"
  */
  makeBinPath = makeSearchPathOutput "bin" "bin";

  /* The string if cond, else "".

     Type: optionalString :: bool -> string -> string

     Example:
       optionalString true "some"
       => "some"
  */
  optionalString = cond: s: if cond then s else "";

  /* True if s starts with prefix.

     Type: hasPrefix :: string -> string -> bool

     Example:
       hasPrefix "foo" "foobar"
       => true
  */
  hasPrefix = prefix: s: substring 0 (stringLength prefix) s == prefix;

  /* True if s ends with suffix.

     Type: hasSuffix :: string -> string -> bool

     Example:
       hasSuffix "bar" "foobar"
       => true
  */
  hasSuffix = suffix: s:
    let
      n = stringLength s;
      k = stringLength suffix;
    in
    n >= k && substring (n - k) n s == suffix;

  /* True if infix occurs in s.

     Type: hasInfix :: string -> string -> bool

     Example:
       hasInfix "ob" "foobar"
       => true
  */
  hasInfix = infix: s: builtins.match ".*${escapeRegex infix}.*" "${s}" != null;

  /* The characters (bytes) of a string, as a list of strings.

     Type: stringToCharacters :: string -> [string]

     Example:
       stringToCharacters "abc"
       => [ "a" "b" "c" ]
  */
  stringToCharacters = s: builtins.genList (i: substring i 1 s) (stringLength s);

  /* Maps a function over the characters of a string and concatenates the results.

     Type: stringAsChars :: (string -> string) -> string -> string

     Example:
       stringAsChars (c: if c == "a" then "A" else c) "banana"
       => "bAnAnA"
  */
  stringAsChars = f: s: concatStrings (map f (stringToCharacters s));

  /* Backslash-escape every occurrence of the given characters.

     Type: escape :: [string] -> string -> string

     Example:
       escape [ "(" ")" ] "(foo)"
       => "\\(foo\\)"
  */
  escape = chars: replaceStrings chars (map (c: "\\${c}") chars);

  /* A string with the characters special in a POSIX regular expression backslash-escaped.

     Type: escapeRegex :: string -> string

     Example:
       escapeRegex "a.b"
       => "a\\.b"
  */
  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  /* Quotes a string for a POSIX shell.

     Always single-quoted, as the 2020 lib did (newer ones skip safe words).

     Type: escapeShellArg :: string -> string

     Example:
       escapeShellArg "it's"
       => "'it'\\''s'"
  */
  escapeShellArg = arg: "'${replaceStrings [ "'" ] [ "'\\''" ] (toString arg)}'";

  /* Quotes each string of a list for a POSIX shell and joins them with spaces.

     Type: escapeShellArgs :: [string] -> string

     Example:
       escapeShellArgs [ "a" "b c" ]
       => "'a' 'b c'"
  */
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  /* A Nix string literal for `s` (JSON quoting plus escaping `$`).

     Type: escapeNixString :: string -> string

     Example:
       escapeNixString "a$b"
       => "\"a\\$b\""
  */
  escapeNixString = s: escape [ "$" ] (builtins.toJSON s);

  /* A name as it must be written in Nix: as it is if it is an identifier, else quoted.

     Type: escapeNixIdentifier :: string -> string

     Example:
       escapeNixIdentifier "foo.bar"
       => "\"foo.bar\""
  */
  escapeNixIdentifier = s:
    if builtins.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s
    else escapeNixString s;

  /* replaceChars is builtins.replaceStrings (an older name).

     Type: replaceChars :: [string] -> [string] -> string -> string

     Example:
       replaceChars [ "a" ] [ "b" ] "aa"
       => "bb"
  */
  replaceChars = builtins.replaceStrings;

  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /* The string with ASCII upper case letters made lower case.

     Type: toLower :: string -> string

     Example:
       toLower "HeLLo"
       => "hello"
  */
  toLower = replaceStrings upperChars lowerChars;

  /* The string with ASCII lower case letters made upper case.

     Type: toUpper :: string -> string

     Example:
       toUpper "HeLLo"
       => "HELLO"
  */
  toUpper = replaceStrings lowerChars upperChars;

  /* `b` carrying the string context of `a`.

     Type: addContextFrom :: string -> string -> string

     Example:
       addContextFrom "a" "b"
       => "b"
  */
  addContextFrom = a: b: substring 0 0 a + b;

  /* Splits a string at each occurrence of a separator (a plain string, not a regular expression).

     Type: splitString :: string -> string -> [string]

     Example:
       splitString "." "a.b.c"
       => [ "a" "b" "c" ]
  */
  splitString = sep: s:
    map (part: addContextFrom s part)
      (builtins.filter isString (builtins.split (escapeRegex (toString sep)) (toString s)));

  /* The string without prefix if it starts with it; else as it is.

     Type: removePrefix :: string -> string -> string

     Example:
       removePrefix "foo." "foo.bar"
       => "bar"
  */
  removePrefix = prefix: s:
    let k = stringLength prefix; in
    if hasPrefix prefix s then substring k (stringLength s - k) s else s;

  /* The string without suffix if it ends with it; else as it is.

     Type: removeSuffix :: string -> string -> string

     Example:
       removeSuffix ".nix" "default.nix"
       => "default"
  */
  removeSuffix = suffix: s:
    let
      n = stringLength s;
      k = stringLength suffix;
    in
    if k <= n && substring (n - k) k s == suffix then substring 0 (n - k) s else s;

  /* True if version a is older than version b (as compareVersions sees them).

     Type: versionOlder :: string -> string -> bool

     Example:
       versionOlder "1.9" "1.10"
       => true
  */
  versionOlder = a: b: builtins.compareVersions b a == 1;

  /* True if version a is b or newer.

     Type: versionAtLeast :: string -> string -> bool

     Example:
       versionAtLeast "2.8" "2.3"
       => true
  */
  versionAtLeast = a: b: !versionOlder a b;

  /* The name of a package (its pname, or its name without the version), or of a name string.

     Type: getName :: (package | string) -> string

     Example:
       getName "hello-2.10"
       => "hello"
  */
  getName = x:
    if isString x then (builtins.parseDrvName x).name
    else x.pname or (builtins.parseDrvName x.name).name;

  /* The version of a package, or of a name string.

     Type: getVersion :: (package | string) -> string

     Example:
       getVersion "hello-2.10"
       => "2.10"
  */
  getVersion = x:
    if isString x then (builtins.parseDrvName x).version
    else x.version or (builtins.parseDrvName x.name).version;

  /* The part of the URL's last component before `sep`.

     Type: nameFromURL :: string -> string -> string

     Example:
       nameFromURL "https://example.org/hello-2.10.tar.gz" "-"
       => "hello"
  */
  nameFromURL = url: sep:
    let
      file = lib.lists.last (splitString "/" url);
      name = builtins.head (splitString sep file);
    in
    assert name != file; name;

  /* An autoconf flag: --enable-FEAT or --disable-FEAT.

     Type: enableFeature :: bool -> string -> string

     Example:
       enableFeature false "docs"
       => "--disable-docs"
  */
  enableFeature = on: feat: "--${if on then "enable" else "disable"}-${feat}";

  /* Like enableFeature, with =VALUE when enabled.

     Type: enableFeatureAs :: bool -> string -> string -> string

     Example:
       enableFeatureAs true "shared" "yes"
       => "--enable-shared=yes"
  */
  enableFeatureAs = on: feat: value: enableFeature on feat + optionalString on "=${value}";

  /* An autoconf flag: --with-FEAT or --without-FEAT.

     Type: withFeature :: bool -> string -> string

     Example:
       withFeature true "ssl"
       => "--with-ssl"
  */
  withFeature = on: feat: "--${if on then "with" else "without"}-${feat}";

  /* Like withFeature, with =VALUE when enabled.

     Type: withFeatureAs :: bool -> string -> string -> string

     Example:
       withFeatureAs true "ssl" "/usr"
       => "--with-ssl=/usr"
  */
  withFeatureAs = on: feat: value: withFeature on feat + optionalString on "=${value}";

  /* Left-pad `s` with `filler` up to `width` characters.

     Type: fixedWidthString :: int -> string -> string -> string

     Example:
       fixedWidthString 5 "0" "12"
       => "00012"
  */
  fixedWidthString = width: filler: s:
    let n = stringLength s; in
    assert lib.asserts.assertMsg (n <= width)
      "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString n})";
    if n == width then s
    else filler + fixedWidthString (width - stringLength filler) filler s;

  /* A number as a string of the given width, padded with zeros on the left.

     Type: fixedWidthNumber :: int -> int -> string

     Example:
       fixedWidthNumber 3 7
       => "007"
  */
  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  /* True if toString accepts the value (strings, paths, numbers, booleans, null, lists of those, sets with outPath or __toString).

     Type: isCoercibleToString :: any -> bool

     Example:
       isCoercibleToString [ 1 "a" ]
       => true
  */
  isCoercibleToString = x:
    builtins.elem (builtins.typeOf x) [ "path" "string" "null" "int" "float" "bool" ]
    || (builtins.isList x && builtins.all isCoercibleToString x)
    || x ? outPath
    || x ? __toString;

  /* A direct child of the store directory (not a file inside one).

     Type: isStorePath :: any -> bool

     Example:
       isStorePath "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-hello"
       => true
  */
  isStorePath = x:
    isCoercibleToString x && (
      let s = toString x; in
      substring 0 1 s == "/" && dirOf s == builtins.storeDir);

  /* The integer a string of decimal digits denotes (an error for anything else).

     Type: toInt :: string -> int

     Example:
       toInt "42"
       => 42
  */
  toInt = s:
    let n = builtins.fromJSON s; in
    if builtins.isInt n then n else throw "Could not convert ${s} to int.";

  /* The lines of a file (but empty ones and # comments) as paths below root.

     Type: readPathsFromFile :: path -> path -> [path]

     Example:
       builtins.typeOf readPathsFromFile
       => "lambda"
  */
  readPathsFromFile = root: file:
    map (p: root + "/${p}")
      (builtins.filter (l: l != "" && !hasPrefix "#" l)
        (splitString "\n" (builtins.readFile file)));

  /* The contents of a file without its final newline.

     Type: fileContents :: path -> string

     Example:
       builtins.substring 0 5 (fileContents /etc/passwd)
       => "root:"
  */
  fileContents = file: removeSuffix "\n" (builtins.readFile file);

  /* Replace characters not allowed in store path names and trim the result.

     Type: sanitizeDerivationName :: string -> string

     Example:
       sanitizeDerivationName "../hello world"
       => "-hello-world"
  */
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
