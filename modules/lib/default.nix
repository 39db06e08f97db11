# Entry point of nixel's Nix library: what modules receive as `lib` and Nix
# code imports as <nixpkgs/lib>. Each concern lives in its own file, loaded
# with the finished library as argument; the commonly used functions are
# also re-exported at the top level under the names nixpkgs' lib of 2020
# gives them (plus a few newer ones: literalExpression, mkPackageOption).
let
  inherit (import ./fixed-points.nix { }) makeExtensible;

  lib = makeExtensible (self:
    let
      load = file: import file { lib = self; };

      # Each file is loaded once, here; the top level refers to these.
      trivial = load ./trivial.nix;
      fixedPoints = load ./fixed-points.nix;
      attrsets = load ./attrsets.nix;
      lists = load ./lists.nix;
      strings = load ./strings.nix;
      stringsWithDeps = load ./strings-with-deps.nix;
      meta = load ./meta.nix;
      versions = load ./versions.nix;
      # (_nixelWhy: set only by nixel's own commands, see modules.nix)
      modules = import ./modules.nix { lib = self; why = self._nixelWhy or null; };
      options = load ./options.nix;
      types = load ./types.nix;
      generators = load ./generators.nix;
      asserts = load ./asserts.nix;
      debug = load ./debug.nix;
      misc = load ./deprecated.nix;
      maintainers = import ./maintainers.nix;
      teams = load ./teams.nix;
    in
    {
      inherit trivial fixedPoints attrsets lists strings stringsWithDeps meta
        versions modules options types generators asserts debug misc maintainers teams;

      inherit (builtins)
        add addErrorContext attrNames concatLists deepSeq elem elemAt filter
        genericClosure genList getAttr hasAttr head isAttrs isBool isInt
        isList isString length lessThan listToAttrs pathExists readFile
        replaceStrings seq stringLength sub substring tail;

      inherit (trivial)
        id const pipe concat or and bitAnd bitOr bitXor bitNot boolToString
        mergeAttrs flip mapNullable inNixShell min max importJSON warn info
        showWarnings nixpkgsVersion version mod compare splitByAndCompare
        functionArgs setFunctionArgs isFunction;

      inherit (fixedPoints)
        fix fix' converge extends composeExtensions makeExtensible
        makeExtensibleWithCustomName;

      inherit (attrsets)
        attrByPath hasAttrByPath setAttrByPath getAttrFromPath attrVals
        attrValues getAttrs catAttrs filterAttrs filterAttrsRecursive
        foldAttrs collect nameValuePair mapAttrs mapAttrs' mapAttrsToList
        mapAttrsRecursive mapAttrsRecursiveCond genAttrs isDerivation
        toDerivation optionalAttrs zipAttrsWithNames zipAttrsWith zipAttrs
        recursiveUpdateUntil recursiveUpdate matchAttrs overrideExisting
        getOutput getBin getLib getDev chooseDevOutputs zipWithNames zip
        recurseIntoAttrs dontRecurseIntoAttrs;

      inherit (lists)
        singleton forEach foldr fold foldl foldl' imap0 imap1 concatMap
        flatten remove findSingle findFirst any all count optional optionals
        toList range partition zipListsWith zipLists reverseList listDfs
        toposort sort naturalSort compareLists take drop sublist last init
        crossLists unique intersectLists subtractLists mutuallyExclusive
        groupBy groupBy';

      inherit (strings)
        concatStrings concatMapStrings concatImapStrings intersperse
        concatStringsSep concatMapStringsSep concatImapStringsSep
        makeSearchPath makeSearchPathOutput makeLibraryPath makeBinPath
        optionalString hasInfix hasPrefix hasSuffix stringToCharacters
        stringAsChars escape escapeShellArg escapeShellArgs replaceChars
        lowerChars upperChars toLower toUpper addContextFrom splitString
        removePrefix removeSuffix versionOlder versionAtLeast getName
        getVersion nameFromURL enableFeature enableFeatureAs withFeature
        withFeatureAs fixedWidthString fixedWidthNumber isStorePath toInt
        readPathsFromFile fileContents;

      inherit (stringsWithDeps)
        textClosureList textClosureMap noDepEntry fullDepEntry packEntry
        stringAfter;

      inherit (meta)
        addMetaAttrs dontDistribute setName updateName appendToName
        mapDerivationAttrset setPrio lowPrio lowPrioSet hiPrio hiPrioSet;

      inherit (modules)
        evalModules unifyModuleSyntax applyIfFunction mergeModules
        mergeModules' mergeOptionDecls evalOptionValue mergeDefinitions
        pushDownProperties dischargeProperties filterOverrides
        sortProperties fixupOptionType mkIf mkAssert mkMerge mkOverride
        mkOptionDefault mkDefault mkForce mkVMOverride mkStrict
        mkFixStrictness mkOrder mkBefore mkAfter mkAliasDefinitions
        mkAliasAndWrapDefinitions fixMergeModules mkRemovedOptionModule
        mkRenamedOptionModule mkMergedOptionModule mkChangedOptionModule
        mkAliasOptionModule doRename;

      inherit (options)
        isOption mkEnableOption mkSinkUndeclaredOptions mergeDefaultOption
        mergeOneOption mergeEqualOption getValues getFiles
        optionAttrSetToDocList optionAttrSetToDocList' scrubOptionValue
        literalExample literalExpression mkPackageOption showOption
        showFiles unknownModule mkOption;

      inherit (types)
        isType setType defaultTypeMerge defaultFunctor isOptionType
        mkOptionType;

      inherit (asserts) assertMsg assertOneOf;

      inherit (debug)
        traceIf traceVal traceValFn traceSeq traceSeqN traceValSeq
        traceValSeqFn traceValSeqN traceValSeqNFn runTests testAllTrue;

      inherit (versions) splitVersion;

      inherit (misc)
        maybeEnv maybeAttr maybeAttrNullable ifEnable mapAttrsFlatten nvs
        setAttr imap fakeSri fakeSha256 fakeSha512;
    });
in
lib
