# assertOneOf traces which values were allowed, then the assertion fails.
let lib = import <nixpkgs/lib>; in
assert lib.assertOneOf "color" "green" [ "red" "blue" ]; 1
