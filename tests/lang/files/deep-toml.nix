# TOML text nesting a value n levels deep (kind: inline tables, arrays, a dotted key, a table
# header) for the eval-okay-builtin-fromTOML-deep-* cases, and the depth fromTOML's result has.
{ kind, n }:
let
  rep = s: builtins.concatStringsSep "" (builtins.genList (_: s) n);
  text = {
    inline = "x=" + rep "{a=" + "1" + rep "}";
    array = "x=" + rep "[" + "1" + rep "]";
    dotted = "a" + rep ".a" + "=1";
    header = "[a" + rep ".a" + "]\nx=1";
  }.${kind};
  depth = v: if builtins.isAttrs v then 1 + depth (builtins.head (builtins.attrValues v))
    else if builtins.isList v then 1 + depth (builtins.head v) else v;
in depth (builtins.fromTOML text)
