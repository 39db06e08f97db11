# Every definition of a configuration checked against the declarations, for `nixel render`
# (render.nix, config-json.nix):
#
#   import check-definitions.nix { inherit lib; inherit (evaluated) options config; }
#
# is true, or throws the module system's own "The option `a.b' defined in `F' does not exist."
# for the first definition of an undeclared option.
#
# Why: the 2020 lib checks the names defined at one level of the option tree only when that
# level of `config` is read, so a definition nothing reads (`services.openssh.enable = true`
# on a host without sshd.nix) passed silently and its files were just missing. NixOS reads
# nearly every level; a render reads few. This reads every level: each level of the option
# tree (not an option) forces the same level of `config`, which runs the lib's own check
# (so its wording and `_module.check` are the lib's), and an option whose type holds
# submodules (submodule, attrsOf/lazyAttrsOf/loaOf/listOf/nullOr/uniq/coercedTo of one) has
# its value walked the same way, since each submodule value is an evalModules of its own.
# Only such options' values are forced; a freeform level (newer libs) is the lib's business.
{ lib, options, config }:
let
  inherit (builtins) attrNames concatMap elem filter foldl' isAttrs isList listToAttrs seq;

  # true once f has been forced on every element
  all = f: foldl' (ok: x: seq (f x) ok) true;

  # types whose value holds values of their element type: nestedTypes in newer libs (where
  # reading functor.wrapped warns), functor.wrapped in the 2020 lib and nixel's
  wrappers = [ "attrsOf" "lazyAttrsOf" "loaOf" "listOf" "nullOr" "uniq" "coercedTo" ];
  elemOf = t:
    if t ? nestedTypes then t.nestedTypes.elemType or t.nestedTypes.finalType or null
    else t.functor.wrapped or null;
  wraps = t: elem t.name wrappers && isAttrs (elemOf t);

  holdsSubmodules = t: t.name == "submodule" || (wraps t && holdsSubmodules (elemOf t));

  # The check of one level of an option tree, made once per tree and applied to each value
  # of it (a submodule's tree is computed once per option, not once per value: getSubOptions
  # evaluates the submodule's declarations): { NAME = { check = F; } or { level = PLAN; }; } for the
  # options that may hold submodules and the sets of options, nothing for the others.
  planLevel = opts: listToAttrs (concatMap (n:
    let o = opts.${n}; in
    if lib.isOption o then (if holdsSubmodules o.type then [ { name = n; value = { check = checker o.type; }; } ] else [ ])
    else if isAttrs o then [ { name = n; value = { level = planLevel o; }; } ]
    else [ ])
    (filter (n: n != "_definedNames" && n != "_module") (attrNames opts)));

  # cfg: the level of the configuration a plan was made for. Forcing it runs the lib's check.
  runLevel = plan: cfg:
    seq cfg (all (n: let p = plan.${n}; in if p ? check then p.check cfg.${n} else runLevel p.level cfg.${n})
      (filter (n: cfg ? ${n}) (attrNames plan)));

  # the check of a value of type t
  checker = t:
    if t.name == "submodule" then runLevel (planLevel (t.getSubOptions [ ]))
    else
      let inner = checker (elemOf t); in
      v:
        if v == null then true
        else if isList v then all inner v
        else if isAttrs v && t.name != "nullOr" && t.name != "uniq" && t.name != "coercedTo"
        then all (n: inner v.${n}) (attrNames v)
        else inner v;
in
  runLevel (planLevel options) config
