# Option types: how each option's definitions are checked and merged, how
# its sub-options are found, and how two declarations of one option combine
# their types (the "functor"). Names, descriptions, merge behaviour and error
# wording follow nixpkgs' lib.types of 2020; `anything` and `functionTo` are
# later additions, written to behave like the newer lib.
{ lib }:

let
  inherit (builtins)
    isAttrs isList isString isInt isFloat isBool length head tail elemAt
    attrNames concatLists filter typeOf toString;
  inherit (lib.options)
    mergeDefaultOption mergeOneOption mergeEqualOption showOption showFiles
    getFiles getValues;
  inherit (lib.trivial) isFunction;
  inherit (lib.strings) escapeNixString isCoercibleToString concatMapStringsSep;

  # Deferred: modules.nix itself uses types.
  mergeDefinitions = loc: type: defs: lib.modules.mergeDefinitions loc type defs;

  # Turn each definition of an attribute set into one definition per
  # attribute, so attributes can be merged separately with their file.
  splitAttrDefs = defs:
    map (def: builtins.mapAttrs (_: v: { inherit (def) file; value = v; }) def.value) defs;

  core = rec {

    /* True if the value is a set tagged with _type = name.

       Type: isType :: string -> any -> bool

       Example:
         isType "option" (mkOption { })
         => true
    */
    isType = name: x: (x._type or "") == name;

    /* The set tagged with _type = name.

       Type: setType :: string -> attrs -> attrs

       Example:
         setType "thing" { a = 1; }
         => { _type = "thing"; a = 1; }
    */
    setType = name: value: value // { _type = name; };

    /* Combine two declarations' types, given their functors; null when they
       cannot be combined. Same-named simple types combine to themselves,
       wrapping types combine their wrapped types, value types their payloads.

       Type: defaultTypeMerge :: functor -> functor -> (type | null)

       Example:
         (defaultTypeMerge types.int.functor types.int.functor).name
         => "int"
    */
    defaultTypeMerge = f: f':
      let
        wrapped = f.wrapped.typeMerge f'.wrapped.functor;
        payload = f.binOp f.payload f'.payload;
      in
      if f.name != f'.name then null
      else if f.wrapped == null && f'.wrapped == null && f.payload == null && f'.payload == null
      then f.type
      else if f.wrapped != null && f'.wrapped != null && wrapped != null
      then f.type wrapped
      else if f.payload != null && f'.payload != null && payload != null
      then f.type payload
      else null;

    /* The functor of a simple type: how two declarations of one option combine their types.

       Type: defaultFunctor :: string -> attrs

       Example:
         (defaultFunctor "int").name
         => "int"
    */
    defaultFunctor = name: {
      inherit name;
      type = types.${name} or null;
      wrapped = null;
      payload = null;
      binOp = _: _: null;
    };

    /* True if the value is an option type (made by mkOptionType).

       Type: isOptionType :: any -> bool

       Example:
         isOptionType types.str
         => true
    */
    isOptionType = isType "option-type";

    /* Makes an option type: its name, description, check of each definition, merge of all of them, sub-options...

       Type: mkOptionType :: attrs -> type

       Example:
         (mkOptionType { name = "even"; check = x: builtins.isInt x && mod x 2 == 0; }).check 4
         => true
    */
    mkOptionType =
      { name
      , description ? null
      , check ? (_: true)
      , merge ? mergeDefaultOption
        # { value = v; } when the type has an "empty" value, else {}.
      , emptyValue ? { }
      , getSubOptions ? _: { }
      , getSubModules ? null
      , substSubModules ? _: null
      , typeMerge ? defaultTypeMerge functor
      , functor ? defaultFunctor name
      }:
      {
        _type = "option-type";
        inherit name check merge emptyValue getSubOptions getSubModules
          substSubModules typeMerge functor;
        description = if description == null then name else description;
      };

    types = rec {
      unspecified = mkOptionType { name = "unspecified"; };

      bool = mkOptionType {
        name = "bool";
        description = "boolean";
        check = isBool;
        merge = mergeEqualOption;
      };

      int = mkOptionType {
        name = "int";
        description = "signed integer";
        check = isInt;
        merge = mergeEqualOption;
      };

      # Ranges of int. They keep int's functor, as nixpkgs' do.
      ints =
        let
          rangeText = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";
          between = lo: hi:
            assert lib.asserts.assertMsg (lo <= hi) "ints.between: lowest must be smaller than highest";
            addCheck int (x: x >= lo && x <= hi) // {
              name = "intBetween";
              description = "integer between ${rangeText lo hi}";
            };
          named = lo: hi: name: what:
            between lo hi // {
              inherit name;
              description = "${what}; between ${rangeText lo hi}";
            };
          unsignedBits = bits: size:
            named 0 (size - 1) "unsignedInt${toString bits}" "${toString bits} bit unsigned integer";
          signedBits = bits: size:
            named (0 - size / 2) (size / 2 - 1) "signedInt${toString bits}" "${toString bits} bit signed integer";
        in
        {
          inherit between;
          unsigned = addCheck int (x: x >= 0) // {
            name = "unsignedInt";
            description = "unsigned integer, meaning >=0";
          };
          positive = addCheck int (x: x > 0) // {
            name = "positiveInt";
            description = "positive integer, meaning >0";
          };
          u8 = unsignedBits 8 256;
          u16 = unsignedBits 16 65536;
          s8 = signedBits 8 256;
          s16 = signedBits 16 65536;
        };

      port = ints.u16;

      float = mkOptionType {
        name = "float";
        description = "floating point number";
        check = isFloat;
        merge = mergeEqualOption;
      };

      str = mkOptionType {
        name = "str";
        description = "string";
        check = isString;
        merge = mergeEqualOption;
      };

      /* The type of strings matching a POSIX extended regular expression.

         Type: strMatching :: string -> type

         Example:
           (types.strMatching "[0-9]+").check "42"
           => true
      */
      strMatching = pattern: mkOptionType {
        name = "strMatching ${escapeNixString pattern}";
        description = "string matching the pattern ${pattern}";
        check = x: isString x && builtins.match pattern x != null;
        merge = mergeEqualOption;
      };

      /* The type of strings whose definitions are joined with sep.

         Definitions are joined with `sep`; declarations with equal separators
         combine.

         Type: separatedString :: string -> type

         Example:
           (evalModules { modules = [ { options.x = mkOption { type = types.separatedString ","; }; } { x = "a"; } { x = "b"; } ]; }).config.x
           => "b,a"
      */
      separatedString = sep: mkOptionType rec {
        name = "separatedString";
        description =
          if sep == "" then "Concatenated string"
          else "strings concatenated with ${builtins.toJSON sep}";
        check = isString;
        merge = _: defs: builtins.concatStringsSep sep (getValues defs);
        functor = defaultFunctor name // {
          payload = sep;
          binOp = a: b: if a == b then a else null;
        };
      };

      lines = separatedString "\n";
      commas = separatedString ",";
      envVar = separatedString ":";

      string = lib.trivial.warn "types.string is deprecated because it quietly concatenates strings"
        (separatedString "");

      attrs = mkOptionType {
        name = "attrs";
        description = "attribute set";
        check = isAttrs;
        # Shallow: later definitions replace whole attributes.
        merge = _: defs: builtins.foldl' (acc: def: acc // def.value) { } defs;
        emptyValue = { value = { }; };
      };

      package = mkOptionType {
        name = "package";
        check = x: lib.attrsets.isDerivation x || lib.strings.isStorePath x;
        merge = loc: defs:
          let v = mergeOneOption loc defs; in
          if lib.attrsets.isDerivation v then v else lib.attrsets.toDerivation v;
      };

      shellPackage = package // {
        check = x: package.check x && x ? shellPath;
      };

      path = mkOptionType {
        name = "path";
        check = x: isCoercibleToString x && builtins.substring 0 1 (toString x) == "/";
        merge = mergeEqualOption;
      };

      /* Deprecated (warns): listOf.

         Type: list :: type -> type

         Example:
           (types.list types.int).name
           => "listOf"
      */
      list = builtins.trace "`types.list` is deprecated; use `types.listOf` instead" listOf;

      /* The type of lists of elemType; the lists of all definitions are concatenated.

         Type: listOf :: type -> type

         Example:
           (evalModules { modules = [ { options.x = mkOption { type = types.listOf types.int; }; } { x = [ 1 ]; } { x = [ 2 ]; } ]; }).config.x
           => [ 2 1 ]
      */
      listOf = elemType: mkOptionType rec {
        name = "listOf";
        description = "list of ${elemType.description}s";
        check = isList;
        # Each element is merged on its own, so mkIf false drops it.
        merge = loc: defs:
          map (x: x.value) (filter (x: x ? value) (concatLists (lib.lists.imap1
            (n: def:
              if isList def.value then
                lib.lists.imap1
                  (m: v:
                    (mergeDefinitions
                      (loc ++ [ "[definition ${toString n}-entry ${toString m}]" ])
                      elemType
                      [ { inherit (def) file; value = v; } ]).optionalValue)
                  def.value
              else
                throw "The option value `${showOption loc}` in `${def.file}` is not a list.")
            defs)));
        # (sic: nixpkgs of 2020 gives {} here, not [].)
        emptyValue = { value = { }; };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: listOf (elemType.substSubModules m);
        functor = defaultFunctor name // { wrapped = elemType; };
      };

      /* Like listOf, the merged list must not be empty.

         Type: nonEmptyListOf :: type -> type

         Example:
           (types.nonEmptyListOf types.int).check [ ]
           => false
      */
      nonEmptyListOf = elemType:
        let base = addCheck (listOf elemType) (l: l != [ ]); in
        base // { description = "non-empty " + base.description; };

      /* The type of sets whose values are of elemType; definitions are merged attribute by attribute.

         Type: attrsOf :: type -> type

         Example:
           (evalModules { modules = [ { options.x = mkOption { type = types.attrsOf types.int; }; } { x.a = 1; } { x.b = 2; } ]; }).config.x
           => { a = 1; b = 2; }
      */
      attrsOf = elemType: mkOptionType rec {
        name = "attrsOf";
        description = "attribute set of ${elemType.description}s";
        check = isAttrs;
        # Attributes whose definitions all vanish (mkIf false) are left out,
        # which needs every attribute's conditions to compute the names.
        merge = loc: defs:
          builtins.mapAttrs (_: r: r.value)
            (lib.attrsets.filterAttrs (_: r: r ? value)
              (builtins.zipAttrsWith
                (n: defs': (mergeDefinitions (loc ++ [ n ]) elemType defs').optionalValue)
                (splitAttrDefs defs)));
        emptyValue = { value = { }; };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<name>" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: attrsOf (elemType.substSubModules m);
        functor = defaultFunctor name // { wrapped = elemType; };
      };

      /* Like attrsOf, its attributes evaluated only when used (mkIf is not resolved for the names).

         attrsOf whose names do not depend on the values: an attribute whose
         definitions are all mkIf false is still there (its value being the
         element type's empty value, or an error when read).

         Type: lazyAttrsOf :: type -> type

         Example:
           (evalModules { modules = [ { options.x = mkOption { type = types.lazyAttrsOf types.int; }; } { x.a = 1; x.b = throw "unused"; } ]; }).config.x.a
           => 1
      */
      lazyAttrsOf = elemType: mkOptionType rec {
        name = "lazyAttrsOf";
        description = "lazy attribute set of ${elemType.description}s";
        check = isAttrs;
        merge = loc: defs:
          builtins.zipAttrsWith
            (n: defs':
              let merged = mergeDefinitions (loc ++ [ n ]) elemType defs'; in
              merged.optionalValue.value or elemType.emptyValue.value or merged.mergedValue)
            (splitAttrDefs defs);
        emptyValue = { value = { }; };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<name>" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: lazyAttrsOf (elemType.substSubModules m);
        functor = defaultFunctor name // { wrapped = elemType; };
      };

      /* Deprecated "list or attribute set": list definitions are turned into
         attribute sets (named by a well-known attribute of their elements,
         else "unnamed-N.M"), with a warning showing the attrset spelling.

         Type: loaOf :: type -> type

         Example:
           (types.loaOf types.int).name
           => "loaOf"
      */
      loaOf = elemType:
        let
          attrOnly = attrsOf elemType;
          anyName = builtins.placeholder "name";
          # Options whose elements carry their own name in some attribute.
          knownNameAttrs = [
            { path = [ "environment" "etc" ]; name = "target"; }
            { path = [ "containers" anyName "bindMounts" ]; name = "mountPoint"; }
            { path = [ "programs" "ssh" "knownHosts" ]; name = "hostNames"; }
            { path = [ "fileSystems" ]; name = "mountPoint"; }
            { path = [ "boot" "specialFileSystems" ]; name = "mountPoint"; }
            { path = [ "services" "znapzend" "zetup" ]; name = "dataset"; }
            { path = [ "services" "znapzend" "zetup" anyName "destinations" ]; name = "label"; }
            { path = [ "services" "geoclue2" "appConfig" ]; name = "desktopID"; }
          ];
          pad = width: i: lib.strings.fixedWidthNumber width i;
          convertAll = loc: defs:
            let width = builtins.stringLength (toString (length defs)); in
            lib.lists.imap1 (i: convertOne loc "unnamed-${pad width i}.") defs;
          convertOne = loc: unnamedPrefix: def:
            if !isList def.value then def
            else
              let
                width = builtins.stringLength (toString (length def.value));
                unnamed = i: unnamedPrefix + pad width i;
                pathMatches = path:
                  builtins.all (x: x)
                    (lib.lists.zipListsWith (a: b: b == anyName || a == b) loc path);
                nameAttr = (lib.lists.findFirst (e: pathMatches e.path) { name = "name"; } knownNameAttrs).name;
                oldName = v:
                  if isList v then
                    (if v == [ ] then "[ ]" else "[ " + concatMapStringsSep " " escapeNixString v + " ]")
                  else escapeNixString v;
                newName = v: fallback:
                  if isList v then (if v == [ ] then fallback else head v) else v;
                converted = {
                  inherit (def) file;
                  value = builtins.listToAttrs (lib.lists.imap1
                    (i: elem: {
                      name = newName (elem.${nameAttr} or (unnamed i)) (unnamed i);
                      value = elem;
                    })
                    def.value);
                };
                option = builtins.concatStringsSep "." loc;
                sample = lib.lists.take 3 def.value;
                more = lib.strings.optionalString (length def.value > 3) "... ";
                asList = lib.strings.concatMapStrings
                  (x: "{ ${nameAttr} = ${oldName (x.${nameAttr} or "unnamed")}; ...} ")
                  sample;
                asSet = lib.strings.concatMapStrings
                  (x: "${newName (x.${nameAttr} or "unnamed") "unnamed"} = {...}; ")
                  sample;
                message =
                  "In file ${def.file}\n"
                  + "a list is being assigned to the option config.${option}.\n"
                  + "This will soon be an error as type loaOf is deprecated.\n"
                  + "See https://github.com/NixOS/nixpkgs/pull/63103 for more information.\n"
                  + "Do\n"
                  + "  ${option} =\n"
                  + "    { ${asSet}${more}}\n"
                  + "instead of\n"
                  + "  ${option} =\n"
                  + "    [ ${asList}${more}]\n";
              in
              lib.trivial.warn message converted;
        in
        mkOptionType rec {
          name = "loaOf";
          description = "list or attribute set of ${elemType.description}s";
          check = x: isList x || isAttrs x;
          merge = loc: defs: attrOnly.merge loc (convertAll loc defs);
          emptyValue = { value = { }; };
          getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<name?>" ]);
          getSubModules = elemType.getSubModules;
          substSubModules = m: loaOf (elemType.substSubModules m);
          functor = defaultFunctor name // { wrapped = elemType; };
        };

      /* The type elemType, allowing one definition only.

         The element type's checks, but a single definition only.

         Type: uniq :: type -> type

         Example:
           (evalModules { modules = [ { options.x = mkOption { type = types.uniq types.int; }; } { x = 1; } ]; }).config.x
           => 1
      */
      uniq = elemType: mkOptionType rec {
        name = "uniq";
        inherit (elemType) description check;
        merge = mergeOneOption;
        emptyValue = elemType.emptyValue;
        getSubOptions = elemType.getSubOptions;
        getSubModules = elemType.getSubModules;
        substSubModules = m: uniq (elemType.substSubModules m);
        functor = defaultFunctor name // { wrapped = elemType; };
      };

      /* The type of null or a value of elemType.

         Type: nullOr :: type -> type

         Example:
           (types.nullOr types.int).check null
           => true
      */
      nullOr = elemType: mkOptionType rec {
        name = "nullOr";
        description = "null or ${elemType.description}";
        check = x: x == null || elemType.check x;
        merge = loc: defs:
          let nulls = lib.lists.count (def: def.value == null) defs; in
          if nulls == length defs then null
          else if nulls != 0 then
            throw "The option `${showOption loc}` is defined both null and not null, in ${showFiles (getFiles defs)}."
          else elemType.merge loc defs;
        emptyValue = { value = null; };
        getSubOptions = elemType.getSubOptions;
        getSubModules = elemType.getSubModules;
        substSubModules = m: nullOr (elemType.substSubModules m);
        functor = defaultFunctor name // { wrapped = elemType; };
      };

      # Any value; sets merge attribute by attribute, functions by merging
      # their results, other values must all be equal (newer lib).
      anything = mkOptionType {
        name = "anything";
        description = "anything";
        check = _: true;
        merge = loc: defs:
          let
            kind = v:
              if isAttrs v && (v ? outPath || v ? __toString) then "stringCoercibleSet"
              else typeOf v;
            common = builtins.foldl'
              (k: def:
                if kind def.value == k then k
                else throw "The option `${showOption loc}' has conflicting option types in ${showFiles (getFiles defs)}")
              (kind (head defs).value)
              defs;
            byKind = {
              set = (attrsOf anything).merge;
              stringCoercibleSet = mergeOneOption;
              lambda = loc: defs: arg:
                anything.merge (loc ++ [ "<function body>" ])
                  (map (def: { inherit (def) file; value = def.value arg; }) defs);
            };
          in
          (byKind.${common} or mergeEqualOption) loc defs;
      };

      /* The type of functions whose results are of elemType; the results of all definitions are merged.

         A function whose results are merged with elemType (newer lib).

         Type: functionTo :: type -> type

         Example:
           ((evalModules { modules = [ { options.f = mkOption { type = types.functionTo (types.listOf types.int); }; } { f = x: [ x ]; } { f = x: [ (x + 1) ]; } ]; }).config.f 1)
           => [ 2 1 ]
      */
      functionTo = elemType: mkOptionType {
        name = "functionTo";
        description = "function that evaluates to a(n) ${elemType.description}";
        check = isFunction;
        merge = loc: defs: {
          # An argument has a default only if it has one in every definition.
          __functionArgs = builtins.zipAttrsWith (_: builtins.all (x: x))
            (map (def: lib.trivial.functionArgs def.value) defs);
          __functor = _: arg:
            (mergeDefinitions (loc ++ [ "<function body>" ]) elemType
              (map (def: { inherit (def) file; value = def.value arg; }) defs)).mergedValue;
        };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: functionTo (elemType.substSubModules m);
        functor = defaultFunctor "functionTo" // { wrapped = elemType; };
      };

      /* The type of sets that are evaluated as modules of their own (with their own options).

         Type: submodule :: (module | [module]) -> type

         Example:
           (evalModules { modules = [ { options.s = mkOption { type = types.submodule { options.a = mkOption { default = 1; }; }; }; } { s = { }; } ]; }).config.s.a
           => 1
      */
      submodule = modules: submoduleWith {
        shorthandOnlyDefinesConfig = true;
        modules = lib.lists.toList modules;
      };

      /* A nested module evaluation per value: the definitions become modules
         (annotated with their file) next to the declared `modules`, and the
         value is the resulting config. `name` is the last part of the path.

         Type: submoduleWith :: { modules :: [module]; specialArgs ? attrs; shorthandOnlyDefinesConfig ? bool; } -> type

         Example:
           (evalModules { modules = [ { options.s = mkOption { type = types.submoduleWith { modules = [ { options.a = mkOption { default = 2; }; } ]; }; }; } { s = { }; } ]; }).config.s.a
           => 2
      */
      submoduleWith =
        { modules
        , specialArgs ? { }
        , shorthandOnlyDefinesConfig ? false
        }@attrs:
        let
          asModule = unify: value:
            if isFunction value then
              lib.trivial.setFunctionArgs (args: unify (value args)) (lib.trivial.functionArgs value)
            else
              unify (if shorthandOnlyDefinesConfig then { config = value; } else value);
          definitionModules = defs:
            lib.lists.imap1
              (n: { value, file }:
                if isAttrs value || isFunction value then
                  asModule (lib.modules.unifyModuleSyntax file "${toString file}-${toString n}") value
                else value)
              defs;
        in
        mkOptionType rec {
          name = "submodule";
          check = x: isAttrs x || isFunction x || path.check x;
          merge = loc: defs:
            (lib.modules.evalModules {
              modules = modules ++ definitionModules defs;
              inherit specialArgs;
              args.name = lib.lists.last loc;
              prefix = loc;
            }).config;
          emptyValue = { value = { }; };
          # For documentation the name is a placeholder (with look-alike
          # angle quotes, which survive DocBook).
          getSubOptions = prefix:
            (lib.modules.evalModules {
              inherit modules prefix specialArgs;
              args.name = "‹name›";
            }).options;
          getSubModules = modules;
          substSubModules = m: submoduleWith (attrs // { modules = m; });
          functor = defaultFunctor name // {
            type = types.submoduleWith;
            payload = { inherit modules specialArgs shorthandOnlyDefinesConfig; };
            binOp = lhs: rhs: {
              modules = lhs.modules ++ rhs.modules;
              specialArgs =
                let shared = builtins.intersectAttrs lhs.specialArgs rhs.specialArgs; in
                if shared == { } then lhs.specialArgs // rhs.specialArgs
                else throw "A submoduleWith option is declared multiple times with the same specialArgs \"${toString (attrNames shared)}\"";
              shorthandOnlyDefinesConfig =
                if lhs.shorthandOnlyDefinesConfig == rhs.shorthandOnlyDefinesConfig
                then lhs.shorthandOnlyDefinesConfig
                else throw "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values";
            };
          };
        };

      /* The type of the given values (strings, numbers, booleans).

         Type: enum :: [a] -> type

         Example:
           (types.enum [ "a" "b" ]).check "c"
           => false
      */
      enum = values:
        let
          show = v:
            if isString v then "\"${v}\""
            else if isInt v then toString v
            else "<${typeOf v}>";
        in
        mkOptionType rec {
          name = "enum";
          description = "one of ${concatMapStringsSep ", " show values}";
          check = x: builtins.elem x values;
          merge = mergeEqualOption;
          functor = defaultFunctor name // {
            payload = values;
            binOp = a: b: lib.lists.unique (a ++ b);
          };
        };

      /* The type of values of t1 or of t2.

         Definitions that all fit t1 merge as t1, else all fitting t2 as t2,
         else only a single definition is allowed.

         Type: either :: type -> type -> type

         Example:
           (types.either types.int types.str).check "x"
           => true
      */
      either = t1: t2: mkOptionType rec {
        name = "either";
        description = "${t1.description} or ${t2.description}";
        check = x: t1.check x || t2.check x;
        merge = loc: defs:
          let values = getValues defs; in
          if builtins.all t1.check values then t1.merge loc defs
          else if builtins.all t2.check values then t2.merge loc defs
          else mergeOneOption loc defs;
        typeMerge = f':
          let
            m1 = t1.typeMerge (elemAt f'.wrapped 0).functor;
            m2 = t2.typeMerge (elemAt f'.wrapped 1).functor;
          in
          if name == f'.name && m1 != null && m2 != null then functor.type m1 m2 else null;
        functor = defaultFunctor name // { wrapped = [ t1 t2 ]; };
      };

      /* The type of values of any of the given types (either, for a list).

         Type: oneOf :: [type] -> type

         Example:
           (types.oneOf [ types.int types.bool ]).check true
           => true
      */
      oneOf = ts:
        let
          first =
            if ts == [ ] then throw "types.oneOf needs to get at least one type in its argument"
            else head ts;
        in
        builtins.foldl' either first (tail ts);

      /* Values of coercedType are converted with coerceFunc, then everything
         is merged as finalType.

         Type: coercedTo :: type -> (a -> b) -> type -> type

         Example:
           (evalModules { modules = [ { options.x = mkOption { type = types.coercedTo types.int toString types.str; }; } { x = 5; } ]; }).config.x
           => "5"
      */
      coercedTo = coercedType: coerceFunc: finalType:
        assert lib.asserts.assertMsg (coercedType.getSubModules == null)
          "coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})";
        mkOptionType rec {
          name = "coercedTo";
          description = "${finalType.description} or ${coercedType.description} convertible to it";
          check = x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x;
          merge = loc: defs:
            let coerce = v: if coercedType.check v then coerceFunc v else v; in
            finalType.merge loc (map (def: def // { value = coerce def.value; }) defs);
          emptyValue = finalType.emptyValue;
          getSubOptions = finalType.getSubOptions;
          getSubModules = finalType.getSubModules;
          substSubModules = m: coercedTo coercedType coerceFunc (finalType.substSubModules m);
          # (sic: two arguments, as in nixpkgs of 2020.)
          typeMerge = _: _: null;
          functor = defaultFunctor name // { wrapped = finalType; };
        };

      # Deprecated: sub-options taken from the declaration's `options`.
      optionSet = mkOptionType {
        name = builtins.trace "types.optionSet is deprecated; use types.submodule instead" "optionSet";
        description = "option set";
      };

      /* The type elemType with an extra check every definition must pass.

         Type: addCheck :: type -> (a -> bool) -> type

         Example:
           (types.addCheck types.int (x: x > 0)).check 0
           => false
      */
      addCheck = elemType: extra: elemType // { check = x: elemType.check x && extra x; };
    };
  };
in
core // core.types
