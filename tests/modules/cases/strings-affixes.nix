# hasPrefix, hasSuffix, hasInfix, removePrefix, removeSuffix, optionalString.
let lib = import <nixpkgs/lib>; in
{
  hasPrefix = [ (lib.hasPrefix "foo" "foobar") (lib.hasPrefix "bar" "foobar") (lib.hasPrefix "" "x") ];
  hasSuffix = [ (lib.hasSuffix "bar" "foobar") (lib.hasSuffix "foo" "foobar") (lib.hasSuffix "long-suffix" "x") ];
  hasInfix = [ (lib.hasInfix "ob" "foobar") (lib.hasInfix "x" "foobar") (lib.hasInfix "a.b" "xa.by") (lib.hasInfix "." "ab") (lib.hasInfix "b" "a\nb") ];
  removePrefix = [ (lib.removePrefix "/nix/" "/nix/store") (lib.removePrefix "x" "abc") ];
  removeSuffix = [ (lib.removeSuffix ".nix" "a.nix") (lib.removeSuffix "x" "abc") (lib.removeSuffix "abcd" "bcd") ];
  optionalString = [ (lib.optionalString true "yes") (lib.optionalString false "yes") ];
}
