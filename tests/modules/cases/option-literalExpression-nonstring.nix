# literalExpression rejects non-strings (newer lib; expected output from nixpkgs 2025).
# expected-from: nixpkgs-2025
let lib = import <nixpkgs/lib>; in
lib.literalExpression 5
