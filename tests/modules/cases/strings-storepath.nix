# isStorePath accepts direct children of the store only; isCoercibleToString.
let lib = import <nixpkgs/lib>; in
{
  store = lib.isStorePath "${builtins.storeDir}/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11";
  inside = lib.isStorePath "${builtins.storeDir}/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11/bin/python";
  other = map lib.isStorePath [ "/etc" 42 [ ] { } "relative" ];
  outPath = lib.isStorePath { outPath = "${builtins.storeDir}/abc-x"; };
  coercible = map lib.strings.isCoercibleToString [ "a" 1 null true [ "a" 1 ] { outPath = "x"; } { } [ { } ] 1.5 ];
}
