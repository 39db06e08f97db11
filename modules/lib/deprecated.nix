# Old helpers that nixpkgs kept as `lib.misc` for modules written before
# their modern replacements; only the ones NixOS modules of 2020 still use.
{ lib }:

rec {
  maybeEnv = name: default:
    let v = builtins.getEnv name; in if v == "" then default else v;

  maybeAttr = name: default: set: set.${name} or default;
  maybeAttrNullable = maybeAttr;

  # `val` when enabled, else the "empty" value of its kind.
  ifEnable = cond: val:
    if cond then val
    else if builtins.isList val then [ ]
    else if builtins.isAttrs val then { }
    else if val == true || val == false then false
    else null;

  # Replaced by mapAttrsToList.
  mapAttrsFlatten = lib.attrsets.mapAttrsToList;

  nvs = name: value: { ${name} = value; };
  setAttr = set: name: value: set // { ${name} = value; };

  # Replaced by imap1.
  imap = lib.lists.imap1;

  # Placeholder hashes, for a fixed-output derivation's first build.
  fakeSri = "sha256-${lib.strings.fixedWidthString 42 "A" ""}=";
  fakeSha256 = lib.strings.fixedWidthString 64 "0" "";
  fakeSha512 = lib.strings.fixedWidthString 128 "0" "";
}
