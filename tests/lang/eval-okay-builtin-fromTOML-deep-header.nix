# fromTOML of a value nested 3000 levels deep (header); nixel's parser is linear in the depth
# (it was quadratic: an error was formatted for every alternative tried on the long line).
let
  n = 3000;
  rep = s: builtins.concatStringsSep "" (builtins.genList (_: s) n);
  text = {
    inline = "x=" + rep "{a=" + "1" + rep "}";
    array = "x=" + rep "[" + "1" + rep "]";
    dotted = "a" + rep ".a" + "=1";
    header = "[a" + rep ".a" + "]\nx=1";
  }.header;
  depth = v: if builtins.isAttrs v then 1 + depth (builtins.head (builtins.attrValues v))
    else if builtins.isList v then 1 + depth (builtins.head v) else v;
in depth (builtins.fromTOML text)
