# The names of a host's options as `nixel why` takes them, for shell completion
# (`nixel options --names`, completion/):
#
#   import option-names.nix { evaluated = <why.nix's host>; }
#
# gives a sorted list of strings. An option of submodules keyed by name (attrsOf / loaOf
# submodule: `containers`) is listed, then its sub-options under each name the configuration
# defines (`containers.web.privateNetwork`), never under the manual's placeholder
# (`containers.<name>`), which nixel why cannot take. Internal and invisible options are left
# out as the manual leaves them out; a value that fails to evaluate only costs its names.
{ evaluated, lib ? import <nixpkgs/lib> }:
let
  inherit (builtins) concatMap attrNames isAttrs tryEval elem sort;
  inherit (lib.options) showOption isOption;

  shown = opt: !(opt.internal or false) && (opt.visible or true);

  # the submodule type of an attrsOf/loaOf submodule option, else null
  keyed = t:
    let e = t.nestedTypes.elemType or t.functor.wrapped or null; in
    if elem t.name [ "attrsOf" "loaOf" "lazyAttrsOf" ] && isAttrs e && (e.name or "") == "submodule" then e else null;

  namesOf = v: let r = tryEval (if isAttrs v then attrNames v else [ ]); in if r.success then r.value else [ ];

  # level: a level of an option tree; cfg: the configuration at the same place (or null)
  walk = level: cfg:
    concatMap (n:
      let o = level.${n}; sub = if cfg == null then null else (tryEval (cfg.${n} or null)).value or null; in
      if isOption o then
        (if shown o then [ (showOption o.loc) ] ++ below o sub else [ ])
      else if isAttrs o && n != "_module" then walk o sub
      else [ ])
      (attrNames level);

  below = o: value:
    let t = keyed o.type; in
    if t == null then [ ]
    else concatMap (name: walk (t.getSubOptions (o.loc ++ [ name ])) (value.${name} or null)) (namesOf value);
in
  sort (a: b: a < b) (walk evaluated.options evaluated.config)
