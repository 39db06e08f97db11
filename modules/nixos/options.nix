# The option documentation of a host, for `nixel options` (and the REPL's :options): what
# the NixOS manual lists for the loaded modules, as plain data:
#
#   import options.nix { evaluated = <why.nix's host>; prefix = [ "virtualisation" ]; }
#
# gives a list of { name; loc; type; description; declarations = [ { file; pos } ]; readOnly;
# default?; example? } in name order, options of submodules under their placeholder names
# (`containers.<name>.privateNetwork`), internal and invisible options left out as the
# manual leaves them out. Defaults and examples are the values themselves (literalExample
# and literalExpression keep their text); a prefix keeps the options at or below it.
{ evaluated, prefix ? [ ], lib ? import <nixpkgs/lib> }:
let
  inherit (builtins) concatMap attrNames length genList elemAt all isAttrs;
  inherit (lib.options) showOption isOption;

  # Is `loc` at or below `prefix`, or above it (so the walk must go on)?
  matches = loc:
    let n = if length loc < length prefix then length loc else length prefix; in
    all (i: elemAt loc i == elemAt prefix i) (genList (i: i) n);

  declarationsOf = opt:
    if opt ? _whyDeclarations
    then map (d: { inherit (d) file pos; }) opt._whyDeclarations
    else if opt ? declarationPositions then
      map (p: { inherit (p) file; pos = p; }) opt.declarationPositions
    else map (f: { file = f; pos = null; }) opt.declarations;

  document = opt:
    {
      name = showOption opt.loc;
      inherit (opt) loc;
      type = opt.type.description or opt.type.name;
      description = opt.description or null;
      declarations = declarationsOf opt;
      readOnly = opt.readOnly or false;
    }
    // (if opt ? defaultText then { default = opt.defaultText; }
        else if opt ? default then { inherit (opt) default; } else { })
    // (if opt ? example then { inherit (opt) example; } else { });

  shown = opt: !(opt.internal or false) && (opt.visible or true);

  walk = level:
    concatMap (n:
      let v = level.${n}; in
      if isOption v then
        (if matches v.loc && shown v then
          (if length v.loc >= length prefix then [ (document v) ] else [ ])
          ++ walk (v.type.getSubOptions v.loc)
        else [ ])
      else if isAttrs v && n != "_module" then walk v
      else [ ])
      (attrNames level);

  # Sets of options below a prefix that is not yet reached are only walked when they match.
  keep = doc: length doc.loc >= length prefix && matches doc.loc;
in
builtins.filter keep (walk evaluated.options)
