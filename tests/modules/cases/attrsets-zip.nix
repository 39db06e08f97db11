# zipAttrsWith, zipAttrs, zipAttrsWithNames, catAttrs, attrVals, attrValues, getAttrs.
let lib = import <nixpkgs/lib>; sets = [ { a = 1; b = 2; } { b = 3; c = 4; } { a = 5; } ]; in
{
  zipWith = lib.zipAttrsWith (n: vs: { inherit n vs; }) sets;
  zip = lib.zipAttrs sets;
  names = lib.zipAttrsWithNames [ "a" "z" ] (n: vs: vs) sets;
  cat = lib.catAttrs "a" sets;
  vals = lib.attrVals [ "c" "a" ] { a = 1; b = 2; c = 3; };
  values = lib.attrValues { z = 1; a = 2; m = 3; };
  getAttrs = lib.getAttrs [ "a" "c" ] { a = 1; b = 2; c = 3; };
}
