# The check function of the simple types on typical and edge values.
let lib = import <nixpkgs/lib>; t = lib.types;
    values = [ true 1 (-1) 1.5 "s" "/abs" [ ] [ 1 ] { } null ./. ];
    checkAll = ty: map (v: ty.check v) values; in
lib.mapAttrs (n: checkAll) {
  inherit (t) bool int float str attrs path unspecified port lines package;
  u8 = t.ints.u8; s8 = t.ints.s8; unsigned = t.ints.unsigned; positive = t.ints.positive;
  listOf = t.listOf t.int; attrsOf = t.attrsOf t.int; nullOr = t.nullOr t.int;
  either = t.either t.int t.str; enum = t.enum [ 1 "s" ]; uniq = t.uniq t.int;
  nonEmpty = t.nonEmptyListOf t.int; submodule = t.submodule { };
  strMatching = t.strMatching "/.*";
  loaOf = t.loaOf t.int;
}
