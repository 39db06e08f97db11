# Why an option of a host has its value, for `nixel why` (and the REPL's :why):
#
#   import why.nix { modules = [ <seed> ]; config = <configuration>; path = [ "a" "b" ];
#                    exprPos = <nixel's primop>; conditionPos = <another>; }
#
# gives plain data: { option; value; type; typeName; declarations; definitions; merge; apply;
# complete; elements?; attributes?; notes } or { error; known; at } when the path names no
# option. Each definition: { file; pos; priority; origin; status; value; conditions; order?;
# enclosing? } with status "used" (part of the value), "overridden" (a definition of a better
# priority won) or "disabled" (a false mkIf). Positions are { file; line; column } or null.
# With path = null it gives the evaluated host itself, which can be passed back as
# `evaluated` to explain several options of one evaluation (the REPL's :why).
#
# With nixel's lib, evaluated with lib._nixelWhy set, every option keeps `_why` (see
# modules/lib/modules.nix): all definitions as written, with positions. With another lib
# (nixpkgs' real one) only what the lib exposes is shown: the winning definitions and their
# files; `complete` is false and `notes` says what is missing.
#
# A path that goes on below an option goes into its submodule: the option's winning
# definitions are split by attribute name (attrsOf, lazyAttrsOf, loaOf) and evaluated again
# as the submodule's modules, as types.submoduleWith's merge does, so the sub-option is
# explained within that evaluation. Definitions of the enclosing option that lost or were
# disabled reach no submodule; those that would have set the sub-option are listed too, with
# the status of the enclosing definition (`enclosing` names that option).
{ modules ? [], config ? {}, lib ? import <nixpkgs/lib>, path, exprPos ? null
, conditionPos ? exprPos, evaluated ? null }:
let
  inherit (builtins) isAttrs isList isFunction isBool length head tail elemAt filter
    concatMap attrNames tryEval unsafeGetAttrPos genList listToAttrs;

  whyLib = if exprPos != null && lib ? extend
    then lib.extend (self: super: { _nixelWhy = { inherit exprPos conditionPos; }; })
    else lib;

  host = if evaluated != null then evaluated
    else import ./eval.nix { inherit modules config; lib = whyLib; };

  inherit (whyLib.modules) pushDownProperties;

  # (whyAttrPos: nixel's lib keeps positions through pushed-down properties)
  attrPos = n: s: if whyLib.modules ? whyAttrPos then whyLib.modules.whyAttrPos s n else unsafeGetAttrPos n s;
  inherit (whyLib.options) showOption isOption;

  # The option path as `nixel why` takes it: names that are not plain identifiers quoted
  # (showOption leaves environment.etc."a/b.conf" unquoted).
  showPath = parts: builtins.concatStringsSep "." (map (p:
    if builtins.match "[a-zA-Z_][a-zA-Z0-9_'-]*|[0-9]+" p != null then p
    else "\"" + builtins.replaceStrings [ "\\" "\"" ] [ "\\\\" "\\\"" ] p + "\"") parts);

  # ---- the option's definitions ----------------------------------------------------------

  # nixel's lib: every definition as written, with its position.
  recorded = opt: opt._why.definitions;

  # Another lib: the winning definitions only ({ file, value }).
  winners = opt:
    genList (i: { file = elemAt opt.files i; value = elemAt opt.definitions i; pos = null; })
      (length opt.files);

  finalDefs = opt: if opt ? _why then opt._why.final else winners opt;

  # Expands mkMerge and mkIf as dischargeProperties does, noting each condition (and, in
  # nixel's lib, where each part of a mkMerge is written); then one mkOverride and one
  # mkOrder, as filterOverrides and sortProperties take them.
  explainDefinition = highestPrio: isDefault: d:
    let
      discharge = pos: conditions: v:
        let kind = v._type or ""; in
        if kind == "merge" then
          genList (i:
            let p = if v ? contentPositions then elemAt v.contentPositions i else null; in
            discharge (if p != null then p else pos) conditions (elemAt v.contents i))
            (length v.contents)
        else if kind == "if" then
          let
            c = tryEval v.condition;
            ok = c.success && isBool c.value;
            cond = {
              value = if ok then c.value else null;
              pos = v.conditionPos or null;
            };
            conditions' = conditions ++ [ cond ];
          in
          if ok && c.value then discharge pos conditions' v.content
          else [ { inherit pos; conditions = conditions'; disabled = true; value = v.content; } ]
        else [ { inherit pos conditions; disabled = false; value = v; } ];
      flatten = x: if isList x then concatMap flatten x else [ x ];
      describe = r:
        let
          overridden = r.value._type or "" == "override";
          priority = if overridden then r.value.priority else 100;
          v1 = if overridden then r.value.content else r.value;
          ordered = v1._type or "" == "order";
          v2 = if ordered then v1.content else v1;
        in
        {
          inherit (d) file;
          inherit (r) pos conditions;
          inherit priority;
          inherit (r) disabled;
          origin = originOf isDefault priority;
          status =
            if r.disabled then "disabled"
            else if priority == highestPrio then "used"
            else "overridden";
          value = v2;
        } // (if ordered then { order = v1.priority; orderOrigin = orderName v1.priority; } else { });
    in
    map describe (flatten (discharge (d.pos or null) [ ] d.value));

  originOf = isDefault: p:
    if isDefault then "the option's default"
    else if p == 100 then "plain definition"
    else if p == 1000 then "mkDefault"
    else if p == 50 then "mkForce"
    else if p == 10 then "mkVMOverride"
    else if p == 1500 then "mkOptionDefault"
    else "mkOverride ${toString p}";

  orderName = p:
    if p == 500 then "mkBefore" else if p == 1500 then "mkAfter" else "mkOrder ${toString p}";

  # The best priority among definitions that are not disabled (9999: none), as
  # filterOverrides computes it.
  bestOf = defs:
    builtins.foldl' (p: d: if d.status != "disabled" && !(d ? enclosing) && d.priority < p then d.priority else p) 9999 defs;

  definitionsOf = opt:
    if opt ? _why then
      let
        defs = recorded opt;
        hasDefault = opt ? default;
        withFlags = genList (i: { d = elemAt defs i; isDefault = hasDefault && i == 0; }) (length defs);
        defaultPos = opt._why.defaultPos;
        fix = x: if x.isDefault then x.d // { pos = defaultPos; } else x.d;
        explained = concatMap (x: explainDefinition best x.isDefault (fix x)) withFlags;
        # (not opt.highestPrio: a read-only option set twice throws there)
        best = builtins.foldl' (p: d: if !d.disabled && d.priority < p then d.priority else p) 9999 explained;
      in
      explained
    else
      map (d: {
        inherit (d) file value;
        pos = null;
        priority = opt.highestPrio;
        origin = originOf false opt.highestPrio;
        status = "used";
        conditions = [ ];
      }) (winners opt);

  # ---- where the parts of the value came from -----------------------------------------------

  survives = x: let r = tryEval (whyLib.modules.dischargeProperties x != [ ]); in r.success && r.value;

  # The definitions that make the value, in the order of the merge: those of the best
  # priority, stably sorted by mkOrder when one has it (as sortProperties does).
  inOrder = defs:
    let
      used = filter (d: d.status == "used" && !(d ? enclosing)) defs;
      ordered = builtins.any (d: d ? order) used;
    in
    if ordered then builtins.sort (a: b: (a.order or 1000) < (b.order or 1000)) used else used;

  # List options: each element with the definition it came from.
  elementsOf = defs:
    concatMap (d:
      if isList d.value
      then map (x: { inherit (d) file; pos = d.pos or null; value = x; }) (filter survives d.value)
      else [ ]) (inOrder defs);

  # Set options: for each attribute, the definitions that set it.
  attributesOf = defs:
    let
      pieces = concatMap (d:
        if isAttrs d.value && !(d.value ? _type && d.value._type != "merge" && d.value._type != "if" && d.value._type != "override" && d.value._type != "order")
        then map (s: { inherit (d) file; set = s; }) (pushDownProperties d.value)
        else [ ]) (inOrder defs);
      names = attrNames (listToAttrs (map (n: { name = n; value = null; })
        (concatMap (p: attrNames p.set) pieces)));
      from = n: map (p: { inherit (p) file; pos = attrPos n p.set; })
        (filter (p: p.set ? ${n}) pieces);
    in
    map (n: { name = n; definitions = from n; }) names;

  # (nixpkgs' later libs deprecate functor.wrapped for nestedTypes)
  elemOf = t: t.nestedTypes.elemType or t.functor.wrapped;

  typeKind = t:
    let n = t.name; in
    if n == "listOf" then "list"
    else if n == "attrsOf" || n == "lazyAttrsOf" || n == "loaOf" || n == "attrs" || n == "submodule" then "attrs"
    else if n == "nullOr" || n == "uniq" then typeKind (elemOf t)
    else "other";

  # How the type combines several definitions.
  mergeOf = t:
    let n = t.name; in
    if n == "listOf" then "listOf: the lists concatenated in definition order (mkBefore/mkAfter sort them)"
    else if n == "attrsOf" || n == "loaOf" then "${n}: the sets merged by attribute name, each attribute merged as ${(elemOf t).description}"
    else if n == "lazyAttrsOf" then "lazyAttrsOf: the sets merged by attribute name, each attribute merged as ${(elemOf t).description}"
    else if n == "attrs" then "attrs: the sets updated one after the other (//), not recursively"
    else if n == "submodule" then "submodule: every definition evaluated as a module of one submodule"
    else if n == "separatedString" || n == "lines" || n == "commas" || n == "envVar" then "separatedString: the strings joined"
    else if n == "uniq" then "uniq: a single definition only"
    else if n == "nullOr" then "nullOr: null if all are null, else as ${(elemOf t).description}"
    else if n == "either" then "either: as the first type the definitions all match"
    else if n == "package" then "package: equal definitions, or a single one"
    else if n == "unspecified" then "unspecified: mergeDefaultOption (lists concatenated, sets updated, otherwise equal)"
    else "${n}: mergeEqualOption (every definition must have the same value)";

  declarationsOf = opt:
    if opt ? _why
    then map (d: { inherit (d) file pos; }) opt._why.declarations
    else if opt ? declarationPositions then
      map (p: { inherit (p) file; pos = p; }) opt.declarationPositions
    else map (f: { file = f; pos = null; }) opt.declarations;

  explain = opt: lost:
    let
      kind = typeKind opt.type;
      definitions = definitionsOf opt ++ map lostDefinition (filter (l: l.rest == [ ]) lost);
    in
    {
      option = showPath opt.loc;
      inherit (opt) value;
      type = opt.type.description or opt.type.name;
      typeName = opt.type.name;
      declarations = declarationsOf opt;
      inherit definitions;
      highestPrio = bestOf definitions;
      merge = mergeOf opt.type;
      apply = opt ? apply;
      readOnly = opt.readOnly or false;
      complete = opt ? _why;
      notes = if opt ? _why then [ ] else [
        "this lib keeps only the winning definitions and their files: definitions that lost (a better priority won, a false mkIf), the positions of definitions and declarations and mkIf conditions cannot be shown"
      ];
    }
    // (if kind == "list" then { elements = elementsOf definitions; } else { })
    // (if kind == "attrs" then { attributes = attributesOf definitions; } else { });

  # ---- definitions of enclosing options that did not count ------------------------------------

  # The definitions of opt that lost or were disabled, each with the path still to go from
  # its value to the sub-option asked for.
  losersOf = opt: rest:
    if opt ? _why
    then
      let defs = definitionsOf opt; in
      map (d: d // { enclosing = showOption opt.loc; lostTo = bestOf defs; inherit rest; })
        (filter (d: d.status != "used") defs)
    else [ ];

  # One step down the path of a lost definition: the attribute n of its value.
  lostThrough = n: l:
    if l.rest == [ ] || head l.rest != n || !isAttrs l.value then [ ]
    else concatMap (s:
      if s ? ${n} then [ (l // { value = s.${n}; pos = attrPos n s; rest = tail l.rest; }) ] else [ ])
      (pushDownProperties l.value);

  lostDefinition = l: removeAttrs l [ "rest" ];

  # ---- finding the option --------------------------------------------------------------------

  # (_definedNames: nixel's lib's bookkeeping of a level, no option)
  namesIn = level: filter (n: n != "_definedNames" && n != "_module") (attrNames level);

  notFound = done: level: n: {
    error = "no option `${showOption (done ++ [ n ])}'";
    at = showOption done;
    missing = n;
    known = if isAttrs level then namesIn level else [ ];
  };

  # level: a set of options or an option; lost: definitions of enclosing options that
  # did not count, on their way to the option asked for.
  walk = level: done: rest: lost:
    if rest == [ ] then
      if isOption level then explain level lost
      else { error = "`${showOption done}' is not an option but a set of options"; at = showOption done; known = namesIn level; }
    else if isOption level then descend level done rest lost
    else
      let n = head rest; in
      if level ? ${n} then walk level.${n} (done ++ [ n ]) (tail rest) (concatMap (lostThrough n) lost)
      else notFound done level n;

  # Below an option: into its submodule, for one attribute name or for the whole value.
  descend = opt: done: rest: lost:
    let
      lost' = concatMap (lostThrough n) (lost ++ losersOf opt rest);
      t = opt.type;
      n = head rest;
      elem = elemOf t;
      byName = t.name == "attrsOf" || t.name == "lazyAttrsOf" || t.name == "loaOf";
      elementDefs = concatMap (d:
        if isAttrs d.value then
          concatMap (s: if s ? ${n} then [ (d // { value = s.${n}; pos = attrPos n s; }) ] else [ ])
            (pushDownProperties d.value)
        else [ ]) (enclosingDefs opt);
    in
    if byName && tail rest == [ ] then
      explainElement opt elem (done ++ [ n ]) (map withConditions elementDefs) lost'
    else if byName && elem.name == "submodule" then
      walk (submoduleOptions elem (done ++ [ n ]) elementDefs) (done ++ [ n ]) (tail rest) lost'
    else if t.name == "submodule" then
      walk (submoduleOptions t done (enclosingDefs opt)) done rest (lost ++ losersOf opt rest)
    else if t.name == "listOf" && elem.name == "submodule" then
      # an element by its index in the final list: listOf merges each element on its own
      let
        elements = elementsOf (enclosingDefs' opt);
        i = builtins.fromJSON n;
        index = if builtins.match "[0-9]+" n != null then i else -1;
      in
      if index >= 0 && index < length elements then
        walk (submoduleOptions elem (done ++ [ n ]) [ (elemAt elements index) ]) (done ++ [ n ]) (tail rest) [ ]
      else {
        error = "`${showOption done}' is a list of ${toString (length elements)} submodules: `${n}' is not an index of it";
        at = showOption done;
        known = [ ];
      }
    else {
      error = "`${showOption done}' is an option of type ${t.description}: nothing below it can be explained";
      at = showOption done;
      known = [ ];
    };

  # The definitions an option's merge combines, as the merge gets them (properties taken
  # off). From nixel's lib with the mkIf conditions that held on the way (conditions), so
  # that they can be put back around the parts that go into a submodule (withConditions):
  # the merge's result is the same, and the sub-option's definitions show them.
  enclosingDefs = opt:
    if opt ? _why then map (d: { inherit (d) file pos value conditions; }) (inOrder (definitionsOf opt))
    else finalDefs opt;

  # (elementsOf wants the definitions with their status)
  enclosingDefs' = opt:
    if opt ? _why then definitionsOf opt
    else map (d: d // { status = "used"; }) (finalDefs opt);

  withConditions = d:
    if d ? conditions && d.conditions != [ ] && !isFunction d.value then
      d // {
        value = builtins.foldl'
          (content: c: { _type = "if"; condition = c.value; conditionPos = c.pos; inherit content; })
          d.value (whyLib.lists.reverseList d.conditions);
      }
    else d;

  # The sub-options of one value of a submodule type: the evaluation its merge makes.
  submoduleOptions = t: loc: defs:
    let
      inherit (t.functor.payload) modules specialArgs;
      shorthand = t.functor.payload.shorthandOnlyDefinesConfig or false;
      # (a module that is not shorthand cannot be wrapped in mkIf)
      defs' = if shorthand then map withConditions defs else defs;
      asModule = file: key: value:
        if isFunction value then
          whyLib.trivial.setFunctionArgs (args: whyLib.modules.unifyModuleSyntax file key (value args))
            (whyLib.trivial.functionArgs value)
        else whyLib.modules.unifyModuleSyntax file key (if shorthand then { config = value; } else value);
      definitionModules = whyLib.lists.imap1 (i: d:
        if isAttrs d.value || isFunction d.value
        then asModule d.file "${toString d.file}-${toString i}" d.value
        else d.value) defs';
    in
    (whyLib.modules.evalModules {
      modules = modules ++ definitionModules;
      inherit specialArgs;
      args.name = whyLib.lists.last loc;
      prefix = loc;
    }).options;

  # An attribute of an attrsOf option whose elements are no submodules (e.g. one
  # environment variable): its definitions merged as the element type merges them.
  explainElement = opt: elem: loc: defs: lost:
    let
      merged = whyLib.modules.mergeDefinitions loc elem defs;
      pseudo = {
        inherit loc;
        type = elem;
        value = merged.mergedValue;
        highestPrio = merged.defsFinal'.highestPrio or 100;
        definitions = map (d: d.value) merged.defsFinal;
        files = map (d: d.file) merged.defsFinal;
        declarations = opt.declarations;
      } // (if opt ? _why then {
        _why = {
          inherit (opt._why) declarations;
          definitions = defs;
          final = merged.defsFinal;
          defaultPos = null;
        };
      } else { });
    in
    explain pseudo lost // { note = "an attribute of `${showOption opt.loc}' (${opt.type.description})"; };
in
if path == null then host else walk host.options [ ] path [ ]
