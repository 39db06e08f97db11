# The builtins the module system calls most (nixpkgs' lib/modules.nix and types.nix), as the
# lib calls them: inherited from builtins, on small sets and lists, 100,000 times each.
let
  inherit (builtins) isAttrs isList isFunction isString attrNames attrValues removeAttrs
    zipAttrsWith addErrorContext seq concatMap mapAttrs filter elem intersectAttrs catAttrs
    length head foldl' genList listToAttrs;
  n = 100000;
  defs = i: [
    { file = "a.nix"; value = { enable = true; port = i; }; }
    { file = "b.nix"; value = { port = i + 1; host = "h${toString i}"; }; }
    { file = "c.nix"; value = { tags = [ "t" ]; }; }
  ];
  step = acc: i:
    let
      ds = defs i;
      merged = zipAttrsWith (name: vs: if isList (head vs) then concatMap (v: v) vs else head vs)
        (map (d: d.value) ds);
      names = attrNames (removeAttrs merged [ "tags" ]);
      checked = addErrorContext "while evaluating the option `items.i${toString i}'"
        (filter (d: isAttrs d.value && !isFunction d.value) ds);
      typed = mapAttrs (k: v: if isString v then 1 else 2) (intersectAttrs { host = null; port = null; } merged);
    in
    seq acc (acc + length names + length checked + length (attrValues typed)
      + length (catAttrs "file" ds) + (if elem "port" names then 1 else 0));
in foldl' step 0 (genList (i: i) n)
