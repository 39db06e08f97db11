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
#     of a container's nested system, ...) is left out; a list element that throws becomes null;
#     each is listed in `dropped`, which nixel render reports as a warning (with the error).
# Evaluation errors that `builtins.tryEval` does not catch (e.g. a missing attribute) still fail.
# Every definition must be declared first (check-definitions.nix), as for a render.
#
# The result: { json = <the tree>; dropped = [ { path = "a.b[2]"; value = <what throws>; } ]; }
{ modules ? [], config ? {}, lib ? import <nixpkgs/lib>, attr ? [] }:
let
  inherit (builtins) isAttrs isList isString isFunction isPath filter split foldl' tryEval
    attrNames listToAttrs map concatMap genList elemAt length match toJSON concatStringsSep seq;

  evaluated = import ./eval.nix { inherit modules config lib; };
  decode = evaluated._module.args.pkgs.nixel.decode;

  attrPath =
    if isString attr
    then (if attr == "" then [] else filter isString (split "\\." attr))
    else attr;

  selected = foldl' (v: name: v.${name}) evaluated.config attrPath;

  # `a.b."c.d"[2]`: names quoted where they would not read back as one
  showName = n: if match "[A-Za-z_][A-Za-z0-9_'-]*" n != null then n else toJSON n;
  showPath = path: name: if path == "" then showName name else "${path}.${showName name}";

  leaf = json: { ok = true; inherit json; dropped = [ ]; };
  # what tryEval could not evaluate: its path, and the value itself, for the message
  failed = path: value: { ok = false; json = null; dropped = [ { inherit path value; } ]; };
  tryAt = path: v: let r = tryEval v; in if r.success then sanitize path r.value else failed path v;

  # v sanitized, at path: { ok; json; dropped; }
  sanitize = path: v:
    if isAttrs v && (v.type or null) == "derivation" then leaf (decode (toString v))
    else if isAttrs v then
      let each = map (name: { inherit name; r = tryAt (showPath path name) v.${name}; }) (attrNames v); in {
        ok = true;
        json = listToAttrs (map (x: { inherit (x) name; value = x.r.json; }) (filter (x: x.r.ok) each));
        dropped = concatMap (x: x.r.dropped) each;
      }
    else if isList v then
      let each = genList (i: tryAt "${path}[${toString i}]" (elemAt v i)) (length v); in
      { ok = true; json = map (x: x.json) each; dropped = concatMap (x: x.dropped) each; }
    else if isFunction v then leaf "<function>"
    else if isPath v then leaf (toString v)
    else if isString v then leaf (decode v)
    else leaf v;

  definitionsDeclared = import ./check-definitions.nix { inherit lib; inherit (evaluated) options config; };
in
  let r = sanitize (concatStringsSep "." (map showName attrPath)) selected; in
  seq definitionsDeclared { inherit (r) json dropped; }
