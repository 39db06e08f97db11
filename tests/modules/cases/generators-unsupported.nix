# mkValueStringDefault rejects lists with a description of the value.
let lib = import <nixpkgs/lib>; in
lib.generators.toKeyValue { } { a = [ 1 2 ]; }
