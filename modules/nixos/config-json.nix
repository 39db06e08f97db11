# The evaluated configuration as plain JSON-able data, for `nixel render --json [--attr PATH]`:
#
#   import config-json.nix { modules = [ <seed> ]; config = <configuration>; attr = "a.b"; }
#
# `attr` selects a subtree: a list of attribute names, or a string split at dots ("" or [] for
# the whole configuration; names holding dots need the list form). The tree is sanitized:
#   - a derivation becomes its store path (marker paths of realizable objects are replaced by
#     their real store paths), a Nix path value its absolute path string, a function "<function>";
#   - strings have their store markers replaced the same way;
#   - an attribute whose evaluation throws (an option used but not defined, a failed assertion
#     of a container's nested system, ...) is left out; a list element that throws becomes null.
# Evaluation errors that `builtins.tryEval` does not catch (e.g. a missing attribute) still fail.
{ modules ? [], config ? {}, lib ? import <nixpkgs/lib>, attr ? [] }:
let
  inherit (builtins) isAttrs isList isString isFunction isPath filter split foldl' tryEval
    attrNames listToAttrs map concatMap;

  evaluated = import ./eval.nix { inherit modules config lib; };
  decode = evaluated._module.args.pkgs.nixel.decode;

  attrPath =
    if isString attr
    then (if attr == "" then [] else filter isString (split "\\." attr))
    else attr;

  selected = foldl' (v: name: v.${name}) evaluated.config attrPath;

  sanitize = v:
    if isAttrs v && (v.type or null) == "derivation" then decode (toString v)
    else if isAttrs v then
      listToAttrs (concatMap (name:
        let r = tryEval v.${name};
        in if r.success then [ { inherit name; value = sanitize r.value; } ] else [])
        (attrNames v))
    else if isList v then
      map (x: let r = tryEval x; in if r.success then sanitize r.value else null) v
    else if isFunction v then "<function>"
    else if isPath v then toString v
    else if isString v then decode v
    else v;
in
  sanitize selected
