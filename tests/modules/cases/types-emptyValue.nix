# emptyValue of the types (listOf's is {} in 2020: a known quirk kept).
let lib = import <nixpkgs/lib>; t = lib.types; in
lib.mapAttrs (_: ty: ty.emptyValue) {
  inherit (t) int str attrs bool;
  listOf = t.listOf t.int; attrsOf = t.attrsOf t.int; lazyAttrsOf = t.lazyAttrsOf t.int;
  nullOr = t.nullOr t.int; submodule = t.submodule { }; uniq = t.uniq (t.attrsOf t.int);
  loaOf = t.loaOf t.int; coercedTo = t.coercedTo t.int toString (t.listOf t.str);
}
