# addMetaAttrs, setName, appendToName, lowPrio, hiPrio on derivation-like sets.
let lib = import <nixpkgs/lib>; d = { name = "foo-1.0"; meta = { a = 1; }; }; in
{
  add = lib.addMetaAttrs { b = 2; } d;
  setName = lib.setName "bar" d;
  append = lib.appendToName "wrapped" d;
  low = (lib.lowPrio d).meta.priority;
  hi = (lib.hiPrio d).meta.priority;
  dont = lib.dontDistribute d;
}
