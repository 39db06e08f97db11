# Old helpers that nixpkgs kept as `lib.misc` for modules written before
# their modern replacements; only the ones NixOS modules of 2020 still use.
{ lib }:

rec {
  /* The value of an environment variable, or default if it is unset or empty.

     Type: maybeEnv :: string -> string -> string

     Example:
       maybeEnv "NIXEL_SURELY_NOT_SET" "fallback"
       => "fallback"
  */
  maybeEnv = name: default:
    let v = builtins.getEnv name; in if v == "" then default else v;

  /* The attribute name of set, or default (set.${name} or default).

     Type: maybeAttr :: string -> a -> attrs -> a

     Example:
       maybeAttr "b" 0 { a = 1; }
       => 0
  */
  maybeAttr = name: default: set: set.${name} or default;

  /* maybeAttrNullable is maybeAttr.

     Type: maybeAttrNullable :: string -> a -> attrs -> a

     Example:
       maybeAttrNullable "a" 0 { a = 1; }
       => 1
  */
  maybeAttrNullable = maybeAttr;

  /* `val` when enabled, else the "empty" value of its kind.

     Type: ifEnable :: bool -> a -> a

     Example:
       ifEnable false [ 1 ]
       => [ ]
  */
  ifEnable = cond: val:
    if cond then val
    else if builtins.isList val then [ ]
    else if builtins.isAttrs val then { }
    else if val == true || val == false then false
    else null;

  /* Replaced by mapAttrsToList.

     Type: mapAttrsFlatten :: (string -> a -> b) -> attrs -> [b]

     Example:
       mapAttrsFlatten (n: v: n) { a = 1; }
       => [ "a" ]
  */
  mapAttrsFlatten = lib.attrsets.mapAttrsToList;

  /* A set of one attribute.

     Type: nvs :: string -> a -> attrs

     Example:
       nvs "a" 1
       => { a = 1; }
  */
  nvs = name: value: { ${name} = value; };

  /* The set with one attribute set (added or replaced).

     Type: setAttr :: attrs -> string -> a -> attrs

     Example:
       setAttr { a = 1; } "b" 2
       => { a = 1; b = 2; }
  */
  setAttr = set: name: value: set // { ${name} = value; };

  /* Replaced by imap1.

     Type: imap :: (int -> a -> b) -> [a] -> [b]

     Example:
       imap (i: x: i * x) [ 5 5 ]
       => [ 5 10 ]
  */
  imap = lib.lists.imap1;

  # Placeholder hashes, for a fixed-output derivation's first build.
  fakeSri = "sha256-${lib.strings.fixedWidthString 42 "A" ""}=";
  fakeSha256 = lib.strings.fixedWidthString 64 "0" "";
  fakeSha512 = lib.strings.fixedWidthString 128 "0" "";
}
