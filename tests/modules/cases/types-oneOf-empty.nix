# oneOf needs at least one type.
let lib = import <nixpkgs/lib>; in
(lib.types.oneOf [ ]).check 1
