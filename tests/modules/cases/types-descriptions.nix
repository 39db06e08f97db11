# name and description of every type, composed types included.
let lib = import <nixpkgs/lib>; t = lib.types;
    show = ty: { inherit (ty) name description; }; in
lib.mapAttrs (n: show) {
  inherit (t) bool int float str lines commas envVar attrs package path unspecified port;
  u8 = t.ints.u8; u16 = t.ints.u16; s8 = t.ints.s8; s16 = t.ints.s16;
  unsigned = t.ints.unsigned; positive = t.ints.positive; between = t.ints.between 1 5;
  strMatching = t.strMatching "[a-z]+\\$";
  sep = t.separatedString ";";
  listOf = t.listOf t.int;
  nonEmpty = t.nonEmptyListOf t.str;
  attrsOf = t.attrsOf (t.listOf t.bool);
  lazyAttrsOf = t.lazyAttrsOf t.int;
  loaOf = t.loaOf t.str;
  nullOr = t.nullOr t.port;
  uniq = t.uniq t.int;
  either = t.either t.int t.str;
  oneOf = t.oneOf [ t.int t.str t.bool ];
  enum = t.enum [ "a" 1 true null ];
  coercedTo = t.coercedTo t.int toString t.str;
  submodule = t.submodule { };
  shellPackage = t.shellPackage;
  custom = t.mkOptionType { name = "custom"; };
  customDesc = t.mkOptionType { name = "custom"; description = "my custom type"; };
}
