# Serialisers from Nix values to configuration-file syntaxes (key=value,
# INI, git-config, JSON/YAML) and the human-readable `toPretty`, as used by
# modules to render files under /etc. Output matches nixpkgs' 2020 versions.
{ lib }:

let
  inherit (builtins) isInt isFloat isString isList isAttrs typeOf toString;
  inherit (lib.strings) escape concatStringsSep concatMapStringsSep;
in
rec {
  /* Scalars only; anything else aborts with a description of the value.

     Type: mkValueStringDefault :: attrs -> (a -> string)

     Example:
       mkValueStringDefault { } true
       => "true"
  */
  mkValueStringDefault = { }: v:
    let unsupported = what: abort "generators.mkValueStringDefault: ${what} not supported: ${toPretty { } v}"; in
    if isInt v then toString v
    else if isString v then v
    else if v == true then "true"
    else if v == false then "false"
    else if v == null then "null"
    else if isList v then unsupported "lists"
    else if isAttrs v then unsupported "attrsets"
    else if lib.trivial.isFunction v then unsupported "functions"
    else if isFloat v then unsupported "floats"
    else abort "generators.mkValueStringDefault: this value is not supported: ${toPretty { } (toString v)}";

  /* One line's text without newline: the key (sep in it escaped), sep and the value.

     Type: mkKeyValueDefault :: attrs -> string -> string -> a -> string

     Example:
       mkKeyValueDefault { } "=" "key" 1
       => "key=1"
  */
  mkKeyValueDefault = { mkValueString ? mkValueStringDefault { } }: sep: k: v:
    "${escape [ sep ] k}${sep}${mkValueString v}";

  /* A key=value file from a set, one line per attribute.

     Type: toKeyValue :: attrs -> attrs -> string

     Example:
       toKeyValue { } { a = 1; b = "x"; }
       => "a=1\nb=x\n"
  */
  toKeyValue = { mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false }:
    attrs:
    let
      line = k: v: mkKeyValue k v + "\n";
      lines = k: v:
        if listsAsDuplicateKeys then map (line k) (lib.lists.toList v) else [ (line k v) ];
    in
    lib.strings.concatStrings (builtins.concatLists (lib.attrsets.mapAttrsToList lines attrs));

  /* An INI file from a set of sections (sets of keys).

     Type: toINI :: attrs -> attrs -> string

     Example:
       toINI { } { main = { a = 1; }; }
       => "[main]\na=1\n"
  */
  toINI = { mkSectionName ? (name: escape [ "[" "]" ] name)
          , mkKeyValue ? mkKeyValueDefault { } "="
          , listsAsDuplicateKeys ? false
          }:
    sections:
    concatStringsSep "\n" (lib.attrsets.mapAttrsToList
      (name: values:
        "[${mkSectionName name}]\n"
        + toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values)
      sections);

  /* git-config: nested sets become `[section "sub.section"]` headers.

     Type: toGitINI :: attrs -> string

     Example:
       toGitINI { user.name = "me"; }
       => "[user]\n\tname = me\n"
  */
  toGitINI = attrs:
    let
      sectionName = name:
        let parts = lib.strings.splitString "." name; in
        if lib.strings.hasInfix "\"" name || builtins.tail parts == [ ] then name
        else "${builtins.head parts} \"${concatStringsSep "." (builtins.tail parts)}\"";
      keyValue = k: v:
        concatStringsSep "\n"
          (map (x: "\t" + mkKeyValueDefault { } " = " k x) (lib.lists.toList v));
      flattenSections =
        let
          walk = path: value:
            if isAttrs value then
              lib.attrsets.mapAttrsToList (n: v: walk ([ n ] ++ path) v) value
            else if builtins.length path > 1 then {
              ${concatStringsSep "." (lib.lists.reverseList (builtins.tail path))}.${builtins.head path} = value;
            } else {
              ${builtins.head path} = value;
            };
        in
        set: lib.lists.foldl lib.attrsets.recursiveUpdate { } (lib.lists.flatten (walk [ ] set));
    in
    toINI { mkKeyValue = keyValue; mkSectionName = sectionName; } (flattenSections attrs);

  /* JSON text (the same as builtins.toJSON; the empty set is for options).

     Type: toJSON :: attrs -> a -> string

     Example:
       toJSON { } [ 1 ]
       => "[1]"
  */
  toJSON = { }: builtins.toJSON;

  /* JSON is valid YAML, so this is the same output.

     Type: toYAML :: attrs -> a -> string

     Example:
       toYAML { } { a = 1; }
       => "{\"a\":1}"
  */
  toYAML = { }@args: toJSON args;

  /* A value as readable Nix-like text (functions shown with their arguments).

     Type: toPretty :: attrs -> a -> string

     Example:
       toPretty { } { a = [ 1 "x" ]; }
       => "{ \"a\" = [ 1 \"x\" ]; }"
  */
  toPretty = { allowPrettyValues ? false }@args: v:
    let recurse = toPretty args; in
    if isInt v then toString v
    else if isFloat v then "~${toString v}"
    else if isString v then "\"${escape [ "\"" ] v}\""
    else if v == true then "true"
    else if v == false then "false"
    else if v == null then "null"
    else if typeOf v == "path" then toString v
    else if isList v then "[ " + concatMapStringsSep " " recurse v + " ]"
    else if isAttrs v then
      if allowPrettyValues && builtins.attrNames v == [ "__pretty" "val" ] then v.__pretty v.val
      else if v ? type && v.type == "derivation" then "<δ:${v.name}>"
      else "{ " + concatStringsSep " "
        (lib.attrsets.mapAttrsToList (n: x: "${recurse n} = ${recurse x};") v) + " }"
    else if lib.trivial.isFunction v then
      let
        args' = lib.trivial.functionArgs v;
        shown = concatStringsSep ","
          (lib.attrsets.mapAttrsToList (n: hasDefault: if hasDefault then "(${n})" else n) args');
      in
      if args' == { } then "<λ>" else "<λ:{${shown}}>"
    else abort "generators.toPretty: should never happen (v = ${v})";
}
