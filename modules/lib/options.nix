# Option declarations and the generic ways of merging definitions:
# mkOption/mkEnableOption, the merge functions types build on, option
# paths as shown in error messages, and documentation helpers.
# Behaviour and wording follow nixpkgs' lib.options of 2020, plus the newer
# literalExpression and mkPackageOption.
{ lib }:

let
  inherit (builtins) length head all isList isAttrs isBool isString isInt concatStringsSep;
  inherit (lib.trivial) isFunction;
in
rec {
  /* True if the value is an option declaration (made by mkOption).

     Type: isOption :: any -> bool

     Example:
       isOption (mkOption { })
       => true
  */
  isOption = lib.types.isType "option";

  /* Declares an option: its type, default, example, description... (all optional).

     The accepted arguments are exactly those of nixpkgs, so that a typo in a
     declaration fails the same way; only the given ones end up in the option.

     Type: mkOption :: attrs -> option

     Example:
       mkOption { type = types.int; default = 1; description = "A number."; } ? _type
       => true
  */
  mkOption =
    { default ? null
    , defaultText ? null
    , example ? null
    , description ? null
    , relatedPackages ? null
    , type ? null
    , apply ? null
    , internal ? null
    , visible ? null
    , readOnly ? null
    , options ? null
    }@attrs:
    attrs // { _type = "option"; };

  /* Declares a boolean option, false by default, described as "Whether to enable NAME.".

     Type: mkEnableOption :: string -> option

     Example:
       (mkEnableOption "the web server").description
       => "Whether to enable the web server."
  */
  mkEnableOption = name: mkOption {
    default = false;
    example = true;
    description = "Whether to enable ${name}.";
    type = lib.types.bool;
  };

  /* An option for a package taken from `pkgs` (newer lib; pkgsText and the
     other arguments as in nixpkgs of 2023 and later).

     Type: mkPackageOption :: attrs -> (string | [string]) -> attrs -> option

     Example:
       (mkPackageOption { hello = "the hello package"; } "hello" { }).default
       => "the hello package"
  */
  mkPackageOption = pkgs: name:
    { nullable ? false
    , default ? name
    , example ? null
    , extraDescription ? ""
    , pkgsText ? "pkgs"
    }:
    let
      shortName = if isList name then lib.lists.last name else name;
      defaultPath = lib.lists.toList default;
      defaultText = lib.attrsets.showAttrPath defaultPath;
      defaults =
        if default != null then {
          default = lib.attrsets.attrByPath defaultPath
            (throw "${defaultText} cannot be found in ${pkgsText}") pkgs;
          defaultText = literalExpression "${pkgsText}.${defaultText}";
        }
        else lib.attrsets.optionalAttrs nullable { default = null; };
    in
    mkOption (defaults // {
      description = "The ${shortName} package to use."
        + (if extraDescription == "" then "" else " ") + extraDescription;
      type = if nullable then lib.types.nullOr lib.types.package else lib.types.package;
    } // lib.attrsets.optionalAttrs (example != null) {
      example = literalExpression
        (if isList example then "${pkgsText}.${lib.attrsets.showAttrPath example}" else example);
    });

  /* Accepts and ignores every definition; reading it is an error.

     Type: mkSinkUndeclaredOptions :: attrs -> option

     Example:
       (mkSinkUndeclaredOptions { }).internal
       => true
  */
  mkSinkUndeclaredOptions = attrs: mkOption ({
    internal = true;
    visible = false;
    default = false;
    description = "Sink for option definitions.";
    type = lib.types.mkOptionType {
      name = "sink";
      check = _: true;
      merge = _: _: false;
    };
    apply = _: throw "Option value is not readable because the option is not declared.";
  } // attrs);

  /* What an option without a type does with several definitions: combine
     them if they are all of one mergeable kind.

     Type: mergeDefaultOption :: [string] -> [{ file :: string; value :: a; }] -> a

     Example:
       mergeDefaultOption [ "x" ] [ { file = "a"; value = [ 1 ]; } { file = "b"; value = [ 2 ]; } ]
       => [ 1 2 ]
  */
  mergeDefaultOption = loc: defs:
    let values = getValues defs; in
    if length values == 1 then head values
    else if all isFunction values then x: mergeDefaultOption loc (map (f: f x) values)
    else if all isList values then builtins.concatLists values
    else if all isAttrs values then builtins.foldl' (a: b: a // b) { } values
    else if all isBool values then builtins.any (x: x) values
    else if all isString values then lib.strings.concatStrings values
    else if all isInt values && all (x: x == head values) values then head values
    else throw "Cannot merge definitions of `${showOption loc}' given in ${showFiles (getFiles defs)}.";

  /* The value of the only definition; an error if there are several.

     Type: mergeOneOption :: [string] -> [{ file :: string; value :: a; }] -> a

     Example:
       mergeOneOption [ "x" ] [ { file = "a"; value = 1; } ]
       => 1
  */
  mergeOneOption = loc: defs:
    if defs == [ ] then abort "This case should never happen."
    else if length defs != 1 then
      throw "The unique option `${showOption loc}' is defined multiple times, in:\n - ${concatStringsSep "\n - " (getFiles defs)}."
    else (head defs).value;

  /* All definitions must be equal; that value is the result.

     Type: mergeEqualOption :: [string] -> [{ file :: string; value :: a; }] -> a

     Example:
       mergeEqualOption [ "x" ] [ { file = "a"; value = 1; } { file = "b"; value = 1; } ]
       => 1
  */
  mergeEqualOption = loc: defs:
    if defs == [ ] then abort "This case should never happen."
    else
      let first = (head defs).value; in
      builtins.foldl'
        (v: def:
          if def.value != v then
            throw "The option `${showOption loc}' has conflicting definitions, in ${showFiles (getFiles defs)}."
          else v)
        first
        defs;

  /* The values of a list of definitions.

     Type: getValues :: [{ value :: a; }] -> [a]

     Example:
       getValues [ { file = "a"; value = 1; } ]
       => [ 1 ]
  */
  getValues = map (d: d.value);

  /* The files of a list of definitions.

     Type: getFiles :: [{ file :: string; }] -> [string]

     Example:
       getFiles [ { file = "a"; value = 1; } ]
       => [ "a" ]
  */
  getFiles = map (d: d.file);

  /* Flatten an option tree into the records the manual is generated from.

     Type: optionAttrSetToDocList :: attrs -> [attrs]

     Example:
       map (d: d.name) (optionAttrSetToDocList (evalModules { modules = [ { options.a = mkOption { description = "A."; }; } ]; }).options)
       => [ "_module.args" "_module.check" "a" ]
  */
  optionAttrSetToDocList = optionAttrSetToDocList' [ ];

  /* The same as optionAttrSetToDocList (the first argument, a location, is ignored).

     Type: optionAttrSetToDocList' :: [string] -> attrs -> [attrs]

     Example:
       optionAttrSetToDocList' [ ] { }
       => [ ]
  */
  optionAttrSetToDocList' = _: options:
    builtins.concatMap
      (opt:
        let
          name = showOption opt.loc;
          doc = {
            loc = opt.loc;
            inherit name;
            description = opt.description or
              (lib.trivial.warn "Option `${name}' has no description." "This option has no description.");
            declarations = builtins.filter (d: d != unknownModule) opt.declarations;
            internal = opt.internal or false;
            visible = opt.visible or true;
            readOnly = opt.readOnly or false;
            type = opt.type.description or null;
          }
          // lib.attrsets.optionalAttrs (opt ? example) { example = scrubOptionValue opt.example; }
          // lib.attrsets.optionalAttrs (opt ? default) { default = scrubOptionValue opt.default; }
          // lib.attrsets.optionalAttrs (opt ? defaultText) { default = opt.defaultText; }
          // lib.attrsets.optionalAttrs (opt ? relatedPackages && opt.relatedPackages != null) {
            inherit (opt) relatedPackages;
          };
          sub = opt.type.getSubOptions opt.loc;
          subDocs = if sub != { } then optionAttrSetToDocList' opt.loc sub else [ ];
        in
        [ doc ] ++ lib.lists.optionals doc.visible subDocs)
      (lib.attrsets.collect isOption options);

  /* Replace derivations by a small stand-in, so documentation stays small.

     Type: scrubOptionValue :: a -> a

     Example:
       scrubOptionValue { pkg = { type = "derivation"; name = "hello"; }; }
       => { pkg = { drvPath = "hello"; name = "hello"; outPath = "hello"; type = "derivation"; }; }
  */
  scrubOptionValue = x:
    if lib.attrsets.isDerivation x then
      { type = "derivation"; drvPath = x.name; outPath = x.name; name = x.name; }
    else if isList x then map scrubOptionValue x
    else if isAttrs x then builtins.mapAttrs (_: scrubOptionValue) (removeAttrs x [ "_args" ])
    else x;

  /* Example/default text shown verbatim in documentation.

     Type: literalExample :: string -> attrs

     Example:
       literalExample "pkgs.hello"
       => { _type = "literalExample"; text = "pkgs.hello"; }
  */
  literalExample = text: { _type = "literalExample"; inherit text; };

  /* Nix code shown verbatim as an option's example or default in documentation.

     Type: literalExpression :: string -> attrs

     Example:
       literalExpression "pkgs.hello"
       => { _type = "literalExpression"; text = "pkgs.hello"; }
  */
  literalExpression = text:
    if !isString text then throw "literalExpression expects a string."
    else { _type = "literalExpression"; inherit text; };

  /* An option's name from its path, as messages show it.

     Parts are dot-joined as they are ("a.b" stays a.b, "<name>" stays);
     only those needing escapes in a Nix string ($, quotes...) get quoted.

     Type: showOption :: [string] -> string

     Example:
       showOption [ "services" "nginx" "enable" ]
       => "services.nginx.enable"
  */
  showOption = parts:
    concatStringsSep "."
      (map
        (part:
          let quoted = lib.strings.escapeNixString part; in
          if quoted == "\"${part}\"" then part else quoted)
        parts);

  /* A list of files as messages show them: quoted, joined by "and".

     Type: showFiles :: [string] -> string

     Example:
       showFiles [ "a.nix" "b.nix" ]
       => "`a.nix' and `b.nix'"
  */
  showFiles = files: concatStringsSep " and " (map (f: "`${f}'") files);

  unknownModule = "<unknown-file>";
}
