# The old helpers of lib.misc that 2020 modules still call.
let lib = import <nixpkgs/lib>; in
{
  flatten = lib.mapAttrsFlatten (n: v: "${n}${toString v}") { b = 2; a = 1; };
  ifEnable = [ (lib.ifEnable true [ 1 ]) (lib.ifEnable false [ 1 ]) (lib.ifEnable false { a = 1; }) (lib.ifEnable false true) (lib.ifEnable false "s") ];
  maybeAttr = [ (lib.maybeAttr "a" 0 { a = 1; }) (lib.maybeAttr "b" 0 { a = 1; }) ];
  maybeEnv = lib.maybeEnv "NIXEL_SURELY_UNSET_VARIABLE" "dflt";
  nvs = lib.nvs "n" 1;
  setAttr = lib.setAttr { a = 1; } "b" 2;
  imap = lib.imap (i: v: i * v) [ 5 6 ];
  fakes = [ lib.fakeSri lib.fakeSha256 lib.fakeSha512 ];
}
