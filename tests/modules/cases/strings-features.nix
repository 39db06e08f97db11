# enableFeature(As), withFeature(As), addContextFrom, sanitizeDerivationName.
let lib = import <nixpkgs/lib>; in
{
  f = [ (lib.enableFeature true "x") (lib.enableFeature false "x")
        (lib.enableFeatureAs true "x" "v") (lib.enableFeatureAs false "x" "v")
        (lib.withFeature true "y") (lib.withFeature false "y")
        (lib.withFeatureAs true "y" "w") (lib.withFeatureAs false "y" "w") ];
  ctx = lib.addContextFrom "a" "b";
  sanitize = map lib.strings.sanitizeDerivationName [ "..foo bar" "a/b:c" "" "ok-1.0" ];
}
