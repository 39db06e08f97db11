# toInt of a string that is JSON but not an integer.
let lib = import <nixpkgs/lib>; in
lib.toInt "1.5"
