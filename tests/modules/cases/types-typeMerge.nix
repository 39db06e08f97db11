# How declarations' types combine: same simple types, wrapped types, payloads; null when impossible.
let lib = import <nixpkgs/lib>; t = lib.types;
    m = a: b: let r = a.typeMerge b.functor; in if r == null then null else r.description; in
{
  same = m t.int t.int;
  different = m t.int t.str;
  listOf = m (t.listOf t.int) (t.listOf t.int);
  listOfDifferent = m (t.listOf t.int) (t.listOf t.str);
  enum = m (t.enum [ 1 ]) (t.enum [ 2 1 ]);
  sep = m t.lines t.lines;
  sepDifferent = m t.lines t.commas;
  either = m (t.either t.int t.str) (t.either t.int t.str);
  nullOr = m (t.nullOr t.int) (t.nullOr t.int);
  between = m (t.ints.between 0 5) (t.ints.between 1 2);
  submodule = (t.submodule { }).typeMerge (t.submodule { }).functor != null;
}
