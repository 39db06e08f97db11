# assertMsg passes when true; assertOneOf accepts a member.
let lib = import <nixpkgs/lib>; in
[ (lib.assertMsg true "unused") (lib.assertOneOf "x" "a" [ "a" "b" ]) ]
