# Names modules reach through `lib` (top level and namespaces) are there.
let lib = import <nixpkgs/lib>;
    top = [
      "mkOption" "mkEnableOption" "mkIf" "mkMerge" "mkDefault" "mkForce" "mkOverride" "mkOptionDefault"
      "mkBefore" "mkAfter" "mkOrder" "mkAliasOptionModule" "mkRenamedOptionModule" "mkRemovedOptionModule"
      "mkMergedOptionModule" "mkChangedOptionModule" "mkAliasDefinitions" "mkAssert" "mkVMOverride"
      "evalModules" "types" "literalExample" "mkOptionType" "isOption" "isType" "setType"
      "mapAttrs" "mapAttrs'" "mapAttrsToList" "filterAttrs" "nameValuePair" "listToAttrs" "recursiveUpdate"
      "optionalAttrs" "genAttrs" "attrByPath" "setAttrByPath" "collect" "zipAttrsWith" "getAttrFromPath"
      "attrVals" "attrValues" "catAttrs" "filterAttrsRecursive" "mapAttrsRecursive" "isDerivation"
      "foldl'" "foldr" "fold" "foldl" "unique" "filter" "concatMap" "flatten" "optional" "optionals"
      "head" "tail" "last" "init" "elem" "remove" "sort" "range" "imap0" "imap1" "any" "all" "count"
      "reverseList" "take" "drop" "sublist" "zipLists" "findFirst" "concatStrings" "concatStringsSep"
      "concatMapStrings" "concatMapStringsSep" "optionalString" "splitString" "hasPrefix" "hasSuffix"
      "removePrefix" "removeSuffix" "toUpper" "toLower" "escapeShellArg" "escapeShellArgs" "makeBinPath"
      "makeSearchPath" "makeSearchPathOutput" "getBin" "getOutput" "fixedWidthString" "toInt"
      "stringToCharacters" "replaceChars" "intersperse" "isStorePath" "id" "const" "flip" "boolToString"
      "mod" "max" "min" "warn" "info" "fix" "extends" "extend" "stringAfter" "hasInfix" "versionOlder"
      "versionAtLeast" "toList" "singleton" "length" "attrNames" "hasAttr" "isList" "isString" "isAttrs"
      "trivial" "fixedPoints" "attrsets" "lists" "strings" "options" "modules" "versions" "generators"
      "debug" "asserts" "stringsWithDeps" "meta" "showOption" "showFiles" "assertMsg" "assertOneOf"
      "traceVal" "traceSeq" "splitVersion" "pipe" "concatImapStrings" "substring" "stringLength"
      "replaceStrings" "lessThan" "genList" "elemAt" "seq" "deepSeq" "addErrorContext" "readFile"
      "pathExists" "functionArgs" "setFunctionArgs" "isFunction" "mergeOneOption" "mergeEqualOption"
      "getValues" "getFiles" "unknownModule" "dischargeProperties" "pushDownProperties" "filterOverrides"
      "sortProperties" "mergeDefinitions" "unifyModuleSyntax" "groupBy" "partition" "naturalSort"
      "subtractLists" "intersectLists" "mapNullable" "toposort" "getName" "getVersion" "nameFromURL"
    ];
    typeNames = [
      "bool" "int" "ints" "port" "float" "str" "string" "lines" "commas" "separatedString" "strMatching"
      "envVar" "path" "package" "attrs" "unspecified" "listOf" "attrsOf" "lazyAttrsOf" "loaOf" "nullOr"
      "either" "oneOf" "enum" "uniq" "coercedTo" "submodule" "submoduleWith" "mkOptionType" "addCheck"
      "nonEmptyListOf" "shellPackage" "optionSet" "isType" "setType" "defaultTypeMerge" "defaultFunctor"
      "isOptionType" "types"
    ]; in
{
  missingTop = builtins.filter (n: !(lib ? ${n})) top;
  missingTypes = builtins.filter (n: !(lib.types ? ${n})) typeNames;
  ints = builtins.attrNames lib.types.ints;
  fixedPoints = builtins.attrNames lib.fixedPoints;
  versions = builtins.attrNames lib.versions;
  notTop = builtins.filter (n: lib ? ${n}) [ "str" "listOf" "escapeNixString" "submodule" ];
}
