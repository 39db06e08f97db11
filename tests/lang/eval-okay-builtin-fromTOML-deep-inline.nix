# fromTOML of a value nested 1500 levels deep (inline); nixel's parser is linear in the depth
# (it was quadratic: an error was formatted for every alternative tried on the long line).
let
  n = 1500;
  rep = s: builtins.concatStringsSep "" (builtins.genList (_: s) n);
  text = {
    inline = "x=" + rep "{a=" + "1" + rep "}";
    array = "x=" + rep "[" + "1" + rep "]";
    dotted = "a" + rep ".a" + "=1";
    header = "[a" + rep ".a" + "]\nx=1";
  }.inline;
  depth = v: if builtins.isAttrs v then 1 + depth (builtins.head (builtins.attrValues v))
    else if builtins.isList v then 1 + depth (builtins.head v) else v;
in depth (builtins.fromTOML text)
