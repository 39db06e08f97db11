# literalExample marks example text for documentation.
let lib = import <nixpkgs/lib>; in
lib.literalExample "{ a = 1; }"
