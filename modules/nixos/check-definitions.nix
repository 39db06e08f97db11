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
  inherit (builtins) attrNames elem filter foldl' isAttrs isList seq;

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

  # opts: one level of an option tree; cfg: the same level of the configuration
  level = opts: cfg:
    seq cfg (all (n:
      let o = opts.${n}; in
      if lib.isOption o then option o cfg.${n}
      else if isAttrs o && cfg ? ${n} then level o cfg.${n}
      else true)
      (filter (n: n != "_definedNames" && n != "_module" && cfg ? ${n}) (attrNames opts)));

  option = o: v: if holdsSubmodules o.type then valueOf o.type v else true;

  valueOf = t: v:
    if t.name == "submodule" then level (t.getSubOptions [ ]) v
    else if !wraps t || v == null then true
    else if isList v then all (valueOf (elemOf t)) v
    else if isAttrs v && t.name != "nullOr" && t.name != "uniq" && t.name != "coercedTo"
    then all (n: valueOf (elemOf t) v.${n}) (attrNames v)
    else valueOf (elemOf t) v;
in
  level options config
