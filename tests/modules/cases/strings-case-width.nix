# toUpper, toLower, fixedWidthString, fixedWidthNumber, toInt, boolToString.
let lib = import <nixpkgs/lib>; in
{
  upper = lib.toUpper "Hello, World 1";
  lower = lib.toLower "Hello, World 1";
  fws = lib.fixedWidthString 5 "0" "12";
  fwsExact = lib.fixedWidthString 2 "x" "ab";
  fwn = lib.fixedWidthNumber 4 42;
  toInt = [ (lib.toInt "42") (lib.toInt "-3") ];
  bools = [ (lib.boolToString true) (lib.boolToString false) ];
  lowerChars = lib.lowerChars;
}
