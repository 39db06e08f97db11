# toKeyValue, toINI (with lists as duplicate keys), mkKeyValueDefault.
let lib = import <nixpkgs/lib>; in
{
  kv = lib.generators.toKeyValue { } { a = 1; b = "x"; c = true; d = null; };
  kvSep = lib.generators.toKeyValue { mkKeyValue = lib.generators.mkKeyValueDefault { } " : "; } { "a:b" = 1; };
  ini = lib.generators.toINI { } { section = { k = "v"; n = 2; }; "other[x]" = { b = false; }; };
  iniDup = lib.generators.toINI { listsAsDuplicateKeys = true; } { s = { k = [ 1 2 ]; }; };
  empty = lib.generators.toINI { } { };
}
