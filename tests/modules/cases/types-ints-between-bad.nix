# ints.between with lowest above highest.
let lib = import <nixpkgs/lib>; in
(lib.types.ints.between 5 1).check 3
