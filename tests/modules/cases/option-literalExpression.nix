# literalExpression (newer lib; expected output from nixpkgs 2025, where it exists).
# expected-from: nixpkgs-2025
let lib = import <nixpkgs/lib>; in
[ (lib.literalExpression "pkgs.hello") (lib.options.literalExpression "x") ]
