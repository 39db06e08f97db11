# The module system: evaluate a list of modules into `options` (the merged
# declarations, each carrying its final value) and `config` (the values),
# with properties (mkIf, mkMerge, mkOverride, mkOrder) and option renaming.
# Semantics, evaluation order and error messages follow nixpkgs' 2020
# lib/modules.nix: later modules' definitions come first when merging,
# conditions are evaluated only at the option they end up on, and
# definitions of options nobody declared are reported when `config` is read.
#
# `why` (nixel's own commands only: `nixel why`, `nixel options`, through
# lib._nixelWhy) makes it keep what explains a value: where each option is
# declared, every definition with its position (losers and false mkIfs too),
# and where each mkIf's condition is written ({ exprPos, conditionPos }:
# primops from the C side, why/host.c).
# Without it nothing is recorded and every result is as in nixpkgs' lib.
{ lib, why ? null }:

let
  inherit (builtins)
    isAttrs isBool isString length head tail attrNames concatLists
    concatMap filter elem mapAttrs foldl' addErrorContext;
  inherit (lib.trivial) isFunction id functionArgs;
  inherit (lib.attrsets) setAttrByPath getAttrFromPath attrByPath optionalAttrs;
  inherit (lib.options) mkOption isOption showOption showFiles unknownModule;
  inherit (lib) types;
in
rec {

  # ---------------------------------------------------------------------
  # Evaluation

  /* Evaluates a list of modules (sets or functions of { config, options, lib, ... }) into { config; options; ... }: the module system.

     Type: evalModules :: { modules :: [module]; prefix ? [string]; specialArgs ? attrs; ... } -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { default = 1; }; } { x = mkForce 2; } ]; }).config.x
       => 2
  */
  evalModules =
    { modules
    , prefix ? [ ]
      # Arguments needed while the module structure itself is computed
      # (e.g. in `imports`); everything else should use _module.args.
    , specialArgs ? { }
      # Old spellings of _module.args and _module.check.
    , args ? { }
    , check ? true
    }:
    let
      # Declares the options through which modules steer the module system.
      internalModule = rec {
        _file = ./modules.nix;
        key = _file;
        options = {
          # lazyAttrsOf so that an unused argument (e.g. a package set) is
          # never evaluated; mkIf is meaningless here anyway.
          _module.args = mkOption {
            type = types.lazyAttrsOf types.unspecified;
            internal = true;
            description = "Arguments passed to each module.";
          };
          _module.check = mkOption {
            type = types.bool;
            internal = true;
            default = check;
            description = "Whether to check whether all option definitions have matching declarations.";
          };
        };
        config._module.args = args;
      };

      collected = collectModules
        (specialArgs.modulesPath or "")
        (modules ++ [ internalModule ])
        ({ inherit config options lib; } // specialArgs);

      options = mergeModules prefix (lib.lists.reverseList collected);

      config = configOf prefix options;

      # Option values of one level of the option tree. Reading it checks that
      # every name defined at this level is declared (unless _module.check
      # is off), so a misspelt definition fails as soon as its parent is used.
      configOf = path: level:
        let
          values = removeAttrs
            (mapAttrs (n: v: if isOption v then v.value else configOf (path ++ [ n ]) v) level)
            [ "_definedNames" ];
          checkNames = res: defined:
            foldl'
              (res: n:
                if level ? ${n} then res
                else throw "The option `${showOption (path ++ [ n ])}' defined in `${defined.file}' does not exist.")
              res
              defined.names;
        in
        if options._module.check.value && level ? _definedNames
        then foldl' checkNames values level._definedNames
        else values;
    in
    {
      inherit options;
      config = removeAttrs config [ "_module" ];
      inherit (config) _module;
    };

  /* Compatibility with very old callers.

     Type: fixMergeModules :: [module] -> attrs -> attrs

     Example:
       (fixMergeModules [ { options.x = mkOption { default = 1; }; } ] { }).config.x
       => 1
  */
  fixMergeModules = modules: args: evalModules { inherit modules args; check = false; };

  # ---------------------------------------------------------------------
  # Collecting modules

  /* All modules reachable through `imports`, each once (by key), without the
     disabled ones and what only they import. Order: breadth first, as
     builtins.genericClosure visits them.

     Type: collectModules :: path -> [module] -> attrs -> [attrs]

     Example:
       map (m: m.key) (collectModules ./. [ { key = "a"; imports = [ { key = "b"; } ]; } ] { config = { }; options = { }; lib = { }; })
       => [ "a" "b" ]
  */
  collectModules =
    let
      load = args: fallbackFile: fallbackKey: m:
        if isFunction m || isAttrs m then
          unifyModuleSyntax fallbackFile fallbackKey (applyIfFunction fallbackKey m args)
        else
          let file = toString m; in
          unifyModuleSyntax file file (applyIfFunction file (import m) args);

      # A tree { key, module, modules = imported trees, disabled }.
      tree = parentFile: parentKey: ms: args:
        let
          nodes = lib.lists.imap1
            (n: m:
              let
                module = load args parentFile "${parentKey}:anon-${toString n}" m;
                imported = tree module._file module.key module.imports args;
              in
              {
                inherit (module) key;
                inherit module;
                modules = imported.modules;
                disabled = module.disabledModules ++ imported.disabled;
              })
            ms;
        in
        {
          modules = nodes;
          disabled = concatLists (builtins.catAttrs "disabled" nodes);
        };

      keep = modulesPath: { disabled, modules }:
        let
          keyOf = m: if isString m then toString modulesPath + "/" + m else toString m;
          disabledKeys = map keyOf disabled;
          enabled = filter (node: !elem node.key disabledKeys);
        in
        map (node: node.module) (builtins.genericClosure {
          startSet = enabled modules;
          operator = node: enabled node.modules;
        });
    in
    modulesPath: ms: args: keep modulesPath (tree unknownModule "" ms args);

  /* Bring a module (already applied to its arguments) into the form
     { _file, key, disabledModules, imports, options, config }.

     Type: unifyModuleSyntax :: string -> string -> attrs -> attrs

     Example:
       (unifyModuleSyntax "file.nix" "key" { x = 1; }).config
       => { x = 1; }
  */
  unifyModuleSyntax = file: key: m:
    let
      withMeta = c: if m ? meta then mkMerge [ c { meta = m.meta; } ] else c;
    in
    if m ? config || m ? options then
      let
        extra = removeAttrs m [ "_file" "key" "disabledModules" "imports" "options" "config" "meta" ];
      in
      if extra != { } then
        throw "Module `${key}' has an unsupported attribute `${head (attrNames extra)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (attrNames extra)}) into the explicit `config' attribute."
      else {
        _file = m._file or file;
        key = toString m.key or key;
        disabledModules = m.disabledModules or [ ];
        imports = m.imports or [ ];
        options = m.options or { };
        config = withMeta (m.config or { });
      }
    else {
      # Shorthand: everything but the structural attributes is config.
      _file = m._file or file;
      key = toString m.key or key;
      disabledModules = m.disabledModules or [ ];
      imports = m.require or [ ] ++ m.imports or [ ];
      options = { };
      config = withMeta (removeAttrs m [ "_file" "key" "disabledModules" "require" "imports" ]);
    };

  /* Call a module function. Its named arguments are looked up lazily (in
     the given args, then in config._module.args), so that taking e.g.
     `pkgs` from an option does not force the option while the module
     structure is still being computed.

     Type: applyIfFunction :: string -> (module | attrs) -> attrs -> attrs

     Example:
       applyIfFunction "key" ({ a, ... }: a) { config = { }; options = { }; lib = { }; a = 1; }
       => 1
  */
  applyIfFunction = key: f: args@{ config, options, lib, ... }:
    if isFunction f then
      let
        wanted = attrNames (functionArgs f);
        lookup = name:
          addErrorContext "while evaluating the module argument `${name}' in \"${key}\":"
            (args.${name} or config._module.args.${name});
      in
      f (args // builtins.listToAttrs (map (name: { inherit name; value = lookup name; }) wanted))
    else f;

  # ---------------------------------------------------------------------
  # Merging declarations with definitions

  /* The option tree of modules (unified by unifyModuleSyntax) under prefix, declarations merged with their definitions.

     Type: mergeModules :: [string] -> [attrs] -> attrs

     Example:
       (mergeModules [ ] [ { _file = "f"; options = { x = mkOption { default = 1; }; }; config = { }; } ]).x.value
       => 1
  */
  mergeModules = prefix: modules:
    mergeModules' prefix modules
      (concatMap (m: map (c: { file = m._file; config = c; }) (pushDownProperties m.config)) modules);

  /* One level of the option tree. `modules` carry declarations (`options`,
     `_file`), `configs` carry definitions (`config`, `file`).

     Type: mergeModules' :: [string] -> [attrs] -> [attrs] -> attrs

     Example:
       (mergeModules' [ ] [ { _file = "f"; options = { x = mkOption { }; }; } ] [ { file = "g"; config = { x = 2; }; } ]).x.value
       => 2
  */
  mergeModules' = prefix: modules: configs:
    let
      # name -> list, in module order
      groupBy = f: sets: builtins.zipAttrsWith (_: vs: vs) (map f sets);
      declsByName = groupBy
        (m: mapAttrs (declarationOf m) m.options)
        modules;
      # Definitions below this level, properties pushed down one more step.
      subDefsByName = builtins.zipAttrsWith (_: concatLists)
        (map
          (c: mapAttrs (_: v: map (v': { inherit (c) file; config = v'; }) (pushDownProperties v)) c.config)
          configs);
      # Definitions of an option at this level, properties intact.
      optDefsByName = groupBy
        (c: mapAttrs (definitionOf c) c.config)
        configs;
    in
    mapAttrs
      (name: decls:
        let
          loc = prefix ++ [ name ];
          optionDecls = lib.lists.count (d: isOption d.options) decls;
        in
        if optionDecls == length decls then
          evalOptionValue loc
            (let opt = fixupOptionType loc (mergeOptionDecls loc decls); in
             if why == null then opt else whyDeclarations decls opt)
            (optDefsByName.${name} or [ ])
        else if optionDecls != 0 then
          let
            anOption = lib.lists.findFirst (d: isOption d.options) "" decls;
            aSet = lib.lists.findFirst (d: !isOption d.options) "" decls;
          in
          throw "The option `${showOption loc}' in `${anOption._file}' is a prefix of options in `${aSet._file}'."
        else
          mergeModules' loc decls (subDefsByName.${name} or [ ]))
      declsByName
    // {
      # For the "does not exist" check in evalModules.
      _definedNames = map (c: { inherit (c) file; names = attrNames c.config; }) configs;
    };

  /* Merge several declarations of one option. Only sub-option sets (and
     mergeable types) may be declared more than once.

     Type: mergeOptionDecls :: [string] -> [attrs] -> option

     Example:
       (mergeOptionDecls [ "x" ] [ { _file = "f"; options = mkOption { default = 1; }; } ]).default
       => 1
  */
  mergeOptionDecls =
    let
      asSubmodule = file: m: { _file = file; imports = [ m ]; };
      optionsAsSubmodule = file: o:
        if isFunction o then asSubmodule file o else asSubmodule file { options = o; };
    in
    loc: decls:
    let
      # The sub-option modules a declaration brings, before those collected so far.
      submodulesOf = decl: collected:
        let
          opt = decl.options;
          subModules = opt.type.getSubModules or null;
        in
        if subModules != null then map (asSubmodule decl._file) subModules ++ collected
        else if opt ? options then map (optionsAsSubmodule decl._file) (lib.lists.toList opt.options) ++ collected
        else collected;
      start = { inherit loc; declarations = [ ]; options = [ ]; };
    in
    # One declaration (the usual case) cannot conflict: what the fold below gives for it.
    if length decls == 1 then
      let decl = head decls; in
      decl.options // start // { declarations = [ decl._file ]; options = submodulesOf decl [ ]; }
    else
    foldl'
      (acc: decl:
        let
          opt = decl.options;
          both = attr: opt ? ${attr} && acc ? ${attr};
          mergedType = acc.type.typeMerge opt.type.functor;
          typesMergeable = mergedType != null;
        in
        if both "default" || both "example" || both "description" || both "apply"
          || (both "type" && !typesMergeable)
        then throw "The option `${showOption loc}' in `${decl._file}' is already declared in ${showFiles acc.declarations}."
        else
          opt // acc // {
            declarations = acc.declarations ++ [ decl._file ];
            options = submodulesOf decl acc.options;
          } // optionalAttrs (both "type" && typesMergeable) { type = mergedType; })
      start
      decls;

  /* Give every option a type, and hand the collected sub-option modules to
     submodule types (the deprecated optionSet gets wrapped in a submodule).

     Type: fixupOptionType :: [string] -> option -> option

     Example:
       (fixupOptionType [ "x" ] { declarations = [ ]; }).type.name
       => "unspecified"
  */
  fixupOptionType = loc: opt:
    let
      subOptions = opt.options or
        (throw "Option `${showOption loc}' has type optionSet but has no option attribute, in ${showFiles opt.declarations}.");
      fix = t:
        let
          name = t.name;
          # read only for the four wrapping types (other types have no `wrapped`)
          wrapsOptionSet = t.functor.wrapped.name == "optionSet";
        in
        if name == "option set" || name == "submodule" then
          throw "The option ${showOption loc} uses submodules without a wrapping type, in ${showFiles opt.declarations}."
        else if name == "attrsOf" && wrapsOptionSet then types.attrsOf (types.submodule subOptions)
        else if name == "loaOf" && wrapsOptionSet then types.loaOf (types.submodule subOptions)
        else if name == "listOf" && wrapsOptionSet then types.listOf (types.submodule subOptions)
        else if name == "nullOr" && wrapsOptionSet then types.nullOr (types.submodule subOptions)
        else t;
    in
    if opt.type.getSubModules or null == null
    then opt // { type = fix (opt.type or types.unspecified); }
    else opt // { type = opt.type.substSubModules opt.options; options = [ ]; };

  /* The merged option with its value and what led to it.

     Type: evalOptionValue :: [string] -> option -> [{ file :: string; value :: a; }] -> option

     Example:
       (evalOptionValue [ "x" ] (mkOption { type = types.int; }) [ { file = "f"; value = 3; } ]).value
       => 3
  */
  evalOptionValue = loc: opt: defs:
    let
      withDefault =
        lib.lists.optional (opt ? default)
          { file = head opt.declarations; value = mkOptionDefault opt.default; }
        ++ defs;
      merged =
        if opt.readOnly or false && length withDefault > 1 then
          throw "The option `${showOption loc}' is read-only, but it's set multiple times."
        else mergeDefinitions loc opt.type withDefault;
      value = if opt ? apply then opt.apply merged.mergedValue else merged.mergedValue;
      result = opt // {
        value = addErrorContext "while evaluating the option `${showOption loc}':" value;
        inherit (merged.defsFinal') highestPrio;
        definitions = map (d: d.value) merged.defsFinal;
        files = map (d: d.file) merged.defsFinal;
        inherit (merged) isDefined;
      };
    in
    if why == null then result else whyDefinitions withDefault merged result;

  /* Resolve properties in `defs` ({ file, value }), check them against
     `type` and merge. Attributes are lazy: `optionalValue` is {} when no
     definition is left, `mergedValue` throws then.

     Type: mergeDefinitions :: [string] -> type -> [{ file :: string; value :: a; }] -> attrs

     Example:
       (mergeDefinitions [ "x" ] types.int [ { file = "f"; value = mkDefault 1; } { file = "g"; value = 2; } ]).mergedValue
       => 2
  */
  mergeDefinitions = loc: type: defs: rec {
    defsFinal' =
      let
        discharged = concatMap
          (d: map (v: { inherit (d) file; value = v; })
            (addErrorContext "while evaluating definitions from `${d.file}':" (dischargeProperties d.value)))
          defs;
        winners = filterOverrides' discharged;
        ordered =
          if builtins.any (d: d.value._type or "" == "order") winners.values
          then sortProperties winners.values
          else winners.values;
      in
      { values = ordered; inherit (winners) highestPrio; };

    defsFinal = defsFinal'.values;

    mergedValue =
      if isDefined then
        if builtins.all (d: type.check d.value) defsFinal then type.merge loc defsFinal
        else
          let bad = lib.lists.findFirst (d: !type.check d.value) null defsFinal; in
          throw "The option value `${showOption loc}' in `${bad.file}' is not of type `${type.description}'."
      else
        # (nixos-option recognises this message.)
        throw "The option `${showOption loc}' is used but not defined.";

    isDefined = defsFinal != [ ];

    optionalValue = if isDefined then { value = mergedValue; } else { };
  };

  # ---------------------------------------------------------------------
  # What `why` keeps (nothing without it: where the functions below are
  # called, `why == null` takes the plain way)

  /* The declaration of option n in module m, as the merge reads it; in why's explaining mode
     (nixel why) also where it is written.

     Type: declarationOf :: attrs -> string -> attrs -> attrs

     Example:
       (declarationOf { _file = "m.nix"; options = { }; } "x" { })._file
       => "m.nix"
  */
  declarationOf =
    if why == null then m: _: o: { inherit (m) _file; options = o; }
    else m: n: o: { inherit (m) _file; options = o; pos = whyAttrPos m.options n; };

  /* The definition of n in the config c of a module; in why's explaining mode also where it
     is written.

     Type: definitionOf :: attrs -> string -> a -> attrs

     Example:
       (definitionOf { file = "c.nix"; config = { }; } "x" 1).value
       => 1
  */
  definitionOf =
    if why == null then c: _: v: { inherit (c) file; value = v; }
    else c: n: v: { inherit (c) file; value = v; pos = whyAttrPos c.config n; };

  /* Where attribute n of a definition set is written, also when a property was pushed into
     it (mapAttrs, as in Nix, gives its attributes no position; why keeps it in the pushed
     value); null when unknown.

     Type: whyAttrPos :: attrs -> string -> attrs or null

     Example:
       whyAttrPos { x = { definitionPos = "here"; }; } "y"
       => null
  */
  whyAttrPos = set: n:
    let p = builtins.unsafeGetAttrPos n set; in
    if p != null then p else set.${n}.definitionPos or null;

  /* mapAttrs f over a definition set, each result keeping where its attribute is written
     (definitionPos), for why's explaining mode.

     Type: whyPushDown :: (a -> attrs) -> attrs -> attrs

     Example:
       (whyPushDown (v: { c = v; }) { x = 1; }).x.c
       => 1
  */
  whyPushDown = f: set: mapAttrs (n: v: f v // { definitionPos = whyAttrPos set n; }) set;

  /* mkIf with the condition of cfg (a mkIf record) around v, keeping where the condition is
     written (why's explaining mode).

     Type: whyPushIf :: attrs -> a -> attrs

     Example:
       (whyPushIf { condition = true; } 1).content
       => 1
  */
  whyPushIf = cfg: v:
    { _type = "if"; inherit (cfg) condition; conditionPos = cfg.conditionPos or null; content = v; };

  /* An option with the files and positions of its declarations recorded (why's explaining
     mode).

     Type: whyDeclarations :: [attrs] -> attrs -> attrs

     Example:
       (whyDeclarations [ { _file = "m.nix"; } ] { })._whyDeclarations
       => [ { file = "m.nix"; pos = null; } ]
  */
  whyDeclarations = decls: opt: opt // {
    _whyDeclarations = map (d: { file = d._file; pos = d.pos or null; }) decls;
  };

  /* An option with the record nixel why reads: its declarations, every definition as written
     and the definitions that made the value.

     Type: whyDefinitions :: [attrs] -> attrs -> attrs -> attrs

     Example:
       (whyDefinitions [ ] { defsFinal = [ ]; } { })._why.final
       => [ ]
  */
  whyDefinitions = defs: merged: opt: opt // {
    _why = {
      declarations = opt._whyDeclarations or [ ];
      definitions = defs;
      final = merged.defsFinal;
      defaultPos = builtins.unsafeGetAttrPos "default" opt;
    };
  };

  # ---------------------------------------------------------------------
  # Properties

  /* Expand mkMerge and move mkIf/mkOverride from a config set into each of
     its attributes, giving a list of plain sets. This is what lets a mkIf
     condition read `config` without an infinite recursion: only the
     attribute names are needed here, the condition is evaluated later.

     Type: pushDownProperties :: attrs -> [attrs]

     Example:
       builtins.length (pushDownProperties (mkMerge [ { a = 1; } { b = 2; } ]))
       => 2
  */
  pushDownProperties = cfg:
    let kind = cfg._type or ""; in
    if kind == "merge" then concatMap pushDownProperties cfg.contents
    else if kind == "if" then
      map (if why == null then mapAttrs (_: v: mkIf cfg.condition v) else whyPushDown (whyPushIf cfg))
        (pushDownProperties cfg.content)
    else if kind == "override" then
      map (if why == null then mapAttrs (_: v: mkOverride cfg.priority v) else whyPushDown (mkOverride cfg.priority))
        (pushDownProperties cfg.content)
    else [ cfg ];

  /* Expand mkMerge and evaluate mkIf conditions of one option's definition.

     Type: dischargeProperties :: a -> [a]

     Example:
       dischargeProperties (mkMerge [ 1 (mkIf false 2) (mkIf true 3) ])
       => [ 1 3 ]
  */
  dischargeProperties = def:
    let kind = def._type or ""; in
    if kind == "merge" then concatMap dischargeProperties def.contents
    else if kind == "if" then
      if isBool def.condition then
        (if def.condition then dischargeProperties def.content else [ ])
      else throw "‘mkIf’ called with a non-Boolean condition"
    else [ def ];

  /* Keep the definitions of the best (numerically lowest) priority,
     stripped of mkOverride.

     Type: filterOverrides :: [{ file :: string; value :: a; }] -> [{ file :: string; value :: a; }]

     Example:
       map (d: d.value) (filterOverrides [ { file = "a"; value = mkForce 1; } { file = "b"; value = 2; } ])
       => [ 1 ]
  */
  filterOverrides = defs: (filterOverrides' defs).values;

  /* Like filterOverrides, as { values; highestPrio; }: also the priority that won.

     Type: filterOverrides' :: [{ file :: string; value :: a; }] -> attrs

     Example:
       (filterOverrides' [ { file = "a"; value = mkDefault 1; } ]).highestPrio
       => 1000
  */
  filterOverrides' = defs:
    let
      prioOf = d: if d.value._type or "" == "override" then d.value.priority else defaultPriority;
      best = foldl' (p: d: let q = prioOf d; in if q < p then q else p) 9999 defs; # lib.trivial.min, inline
      strip = d: if d.value._type or "" == "override" then d // { value = d.value.content; } else d;
    in
    {
      values = concatMap (d: if prioOf d == best then [ (strip d) ] else [ ]) defs;
      highestPrio = best;
    };

  /* Stable sort by mkOrder priority (1000 when unset), stripping mkOrder.

     Type: sortProperties :: [{ file :: string; value :: a; }] -> [attrs]

     Example:
       map (d: d.value) (sortProperties [ { file = "a"; value = mkAfter 1; } { file = "b"; value = 2; } ])
       => [ 2 1 ]
  */
  sortProperties = defs:
    let
      strip = d:
        if d.value._type or "" == "order"
        then d // { value = d.value.content; inherit (d.value) priority; }
        else d;
    in
    builtins.sort (a: b: (a.priority or 1000) < (b.priority or 1000)) (map strip defs);

  /* A definition that counts only if condition is true (evaluated late, so it may read config).

     Type: mkIf :: bool -> a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { default = 0; }; } { x = mkIf false 5; } ]; }).config.x
       => 0
  */
  mkIf =
    if why == null then condition: content: { _type = "if"; inherit condition content; }
    else
      # Where the condition is written: the first argument of the application
      # `mkIf COND CONTENT` being evaluated; for a mkIf called inside a function,
      # the condition's expression, which is still unevaluated here (it is
      # forced only where the definition lands).
      condition: content:
        let conditionPos = why.conditionPos condition; in
        builtins.seq conditionPos { _type = "if"; inherit condition content conditionPos; };

  /* mkIf that throws "Failed assertion: message" instead of being false.

     Type: mkAssert :: bool -> string -> a -> attrs

     Example:
       (mkAssert true "must hold" 1).content
       => 1
  */
  mkAssert = assertion: message: content:
    mkIf (if assertion then true else throw "\nFailed assertion: ${message}") content;

  /* Several definitions written as one.

     Type: mkMerge :: [a] -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { type = types.listOf types.int; }; } { x = mkMerge [ [ 1 ] [ 2 ] ]; } ]; }).config.x
       => [ 1 2 ]
  */
  mkMerge =
    if why == null then contents: { _type = "merge"; inherit contents; }
    else
      # Where each part is written, read before anything forces the parts.
      contents:
        let contentPositions = map why.exprPos contents; in
        builtins.seq (builtins.deepSeq contentPositions null)
          { _type = "merge"; inherit contents contentPositions; };

  /* A definition with a priority: only the definitions of the lowest number count (plain ones are 100).

     Type: mkOverride :: int -> a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { }; } { x = mkOverride 10 1; } { x = 2; } ]; }).config.x
       => 1
  */
  mkOverride = priority: content: { _type = "override"; inherit priority content; };

  defaultPriority = 100;

  /* A definition with the priority of an option's default (1500: anything else wins).

     Type: mkOptionDefault :: a -> attrs

     Example:
       (mkOptionDefault 1).priority
       => 1500
  */
  mkOptionDefault = mkOverride 1500; # an option's `default`

  /* A definition that other definitions override (priority 1000).

     Type: mkDefault :: a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { }; } { x = mkDefault 1; } { x = 2; } ]; }).config.x
       => 2
  */
  mkDefault = mkOverride 1000;

  /* A definition that overrides the others (priority 50).

     Type: mkForce :: a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { }; } { x = mkForce 1; } { x = 2; } ]; }).config.x
       => 1
  */
  mkForce = mkOverride 50;

  /* A definition with priority 10, which NixOS uses for virtual machine builds.

     Type: mkVMOverride :: a -> attrs

     Example:
       (mkVMOverride 1).priority
       => 10
  */
  mkVMOverride = mkOverride 10;

  /* Obsolete (warns): mkOverride 0.

     Type: mkStrict :: a -> attrs

     Example:
       (mkStrict 1).priority
       => 0
  */
  mkStrict = builtins.trace "`mkStrict' is obsolete; use `mkOverride 0' instead." (mkOverride 0);
  mkFixStrictness = id;

  /* A definition placed by priority when definitions are concatenated (plain ones are 1000).

     Type: mkOrder :: int -> a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { type = types.listOf types.int; }; } { x = [ 1 ]; } { x = mkOrder 10 [ 2 ]; } ]; }).config.x
       => [ 2 1 ]
  */
  mkOrder = priority: content: { _type = "order"; inherit priority content; };

  /* A definition placed before the plain ones (mkOrder 500).

     Type: mkBefore :: a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { type = types.lines; }; } { x = "b"; } { x = mkBefore "a"; } ]; }).config.x
       => "a\nb"
  */
  mkBefore = mkOrder 500;

  /* A definition placed after the plain ones (mkOrder 1500).

     Type: mkAfter :: a -> attrs

     Example:
       (evalModules { modules = [ { options.x = mkOption { type = types.lines; }; } { x = mkAfter "b"; } { x = "a"; } ]; }).config.x
       => "a\nb"
  */
  mkAfter = mkOrder 1500;

  # ---------------------------------------------------------------------
  # Aliases and renamed options

  /* All definitions of `option` (an element of `options`), as one
     definition elsewhere; nothing if the option is not defined.

     Type: mkAliasDefinitions :: option -> attrs

     Example:
       (evalModules { modules = [ ({ options, ... }: { options.a = mkOption { }; options.b = mkOption { }; config.b = mkAliasDefinitions options.a; }) { a = 1; } ]; }).config.b
       => 1
  */
  mkAliasDefinitions = mkAliasAndWrapDefinitions id;

  /* Like mkAliasDefinitions, the definition wrapped by a function (such as setAttrByPath path).

     Type: mkAliasAndWrapDefinitions :: (a -> b) -> option -> attrs

     Example:
       (evalModules { modules = [ ({ options, ... }: { options.a = mkOption { }; options.b = mkOption { }; config = mkAliasAndWrapDefinitions (v: { b = v; }) options.a; }) { a = 1; } ]; }).config.b
       => 1
  */
  mkAliasAndWrapDefinitions = wrap: option:
    mkAliasIfDef option (wrap (mkMerge option.definitions));

  /* Same, keeping the definitions' winning priority.

     Type: mkAliasAndWrapDefsWithPriority :: (a -> b) -> option -> attrs

     Example:
       (evalModules { modules = [ ({ options, ... }: { options.a = mkOption { }; options.b = mkOption { }; config = mkAliasAndWrapDefsWithPriority (v: { b = v; }) options.a; }) { a = mkDefault 1; } { b = 2; } ]; }).config.b
       => 2
  */
  mkAliasAndWrapDefsWithPriority = wrap: option:
    let prio = option.highestPrio or defaultPriority; in
    mkAliasIfDef option (wrap (mkMerge (map (mkOverride prio) option.definitions)));

  /* The content, only if option is defined.

     Type: mkAliasIfDef :: option -> a -> attrs

     Example:
       (evalModules { modules = [ ({ options, ... }: { options.a = mkOption { }; options.b = mkOption { default = 0; }; config.b = mkAliasIfDef options.a 5; }) ]; }).config.b
       => 0
  */
  mkAliasIfDef = option: mkIf (isOption option && option.isDefined);

  /* An option that must not be set any more (an assertion says so).

     Type: mkRemovedOptionModule :: [string] -> string -> module

     Example:
       builtins.isFunction (mkRemovedOptionModule [ "old" ] "Use new instead.")
       => true
  */
  mkRemovedOptionModule = optionName: instructions:
    { options, ... }:
    {
      options = setAttrByPath optionName (mkOption {
        visible = false;
        apply = _: throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${instructions}";
      });
      config.assertions =
        let opt = getAttrFromPath optionName options; in
        [{
          assertion = !opt.isDefined;
          message = ''
            The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.
            ${instructions}
          '';
        }];
    };

  /* `from` forwards to `to`, with a warning.

     Type: mkRenamedOptionModule :: [string] -> [string] -> module

     Example:
       (evalModules { modules = [ (mkRenamedOptionModule [ "old" ] [ "new" ]) { options.new = mkOption { }; options.warnings = mkOption { }; } { old = 1; } ]; }).config.new
       => 1
  */
  mkRenamedOptionModule = from: to: doRename {
    inherit from to;
    visible = false;
    warn = true;
    use = builtins.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
  };

  /* Several old options replaced by one new option computed by `mergeFn`
     from config; each old one that is set causes a warning.

     Type: mkMergedOptionModule :: [[string]] -> [string] -> (attrs -> a) -> module

     Example:
       builtins.isFunction (mkMergedOptionModule [ [ "a" ] [ "b" ] ] [ "c" ] (config: 1))
       => true
  */
  mkMergedOptionModule = from: to: mergeFn:
    { config, options, ... }:
    let unset = "_mkMergedOptionModule"; in
    {
      options = foldl' lib.attrsets.recursiveUpdate { }
        (map (path: setAttrByPath path (mkOption { visible = false; default = unset; })) from);
      config = {
        warnings = filter (w: w != "") (map
          (path:
            let
              value = getAttrFromPath path config;
              opt = getAttrFromPath path options;
            in
            lib.strings.optionalString (value != unset)
              "The option `${showOption path}' defined in ${showFiles opt.files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly.")
          from);
      } // setAttrByPath to (mkMerge (lib.lists.optional
        (builtins.any (path: getAttrFromPath path config != unset) from)
        (mergeFn config)));
    };

  /* Like mkMergedOptionModule for one old option: from's value is computed by changeFn from config.

     Type: mkChangedOptionModule :: [string] -> [string] -> (attrs -> a) -> module

     Example:
       builtins.isFunction (mkChangedOptionModule [ "a" ] [ "b" ] (config: 1))
       => true
  */
  mkChangedOptionModule = from: to: changeFn: mkMergedOptionModule [ from ] to changeFn;

  /* Like mkRenamedOptionModule, without the warning.

     Type: mkAliasOptionModule :: [string] -> [string] -> module

     Example:
       (evalModules { modules = [ (mkAliasOptionModule [ "old" ] [ "new" ]) { options.new = mkOption { }; options.warnings = mkOption { }; } { old = 1; } ]; }).config.new
       => 1
  */
  mkAliasOptionModule = from: to: doRename {
    inherit from to;
    visible = true;
    warn = false;
    use = id;
  };

  /* Declare `from` as an alias: its definitions are moved to `to` (with
     their priority), its value is `to`'s value passed through `use`.

     Type: doRename :: { from :: [string]; to :: [string]; visible :: bool; warn :: bool; use :: a -> b; withPriority ? bool; } -> module

     Example:
       builtins.isFunction (doRename { from = [ "a" ]; to = [ "b" ]; visible = false; warn = false; use = x: x; })
       => true
  */
  doRename = { from, to, visible, warn, use, withPriority ? true }:
    { config, options, ... }:
    let
      fromOpt = getAttrFromPath from options;
      toValue = attrByPath to (abort "Renaming error: option `${showOption to}' does not exist.");
      toType = (attrByPath to { } options).type or null;
    in
    {
      options = setAttrByPath from (mkOption {
        inherit visible;
        description = "Alias of <option>${showOption to}</option>.";
        apply = _: use (toValue config);
      } // optionalAttrs (toType != null) { type = toType; });
      config = mkMerge [
        {
          warnings = lib.lists.optional (warn && fromOpt.isDefined)
            "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'.";
        }
        (if withPriority
         then mkAliasAndWrapDefsWithPriority (setAttrByPath to) fromOpt
         else mkAliasAndWrapDefinitions (setAttrByPath to) fromOpt)
      ];
    };
}
