# strMatching accepts whole-string matches only; its name quotes the pattern.
let lib = import <nixpkgs/lib>; t = lib.types.strMatching "[a-z]+"; in
{ checks = map t.check [ "abc" "ab1" "" 1 ]; inherit (t) name description; }
