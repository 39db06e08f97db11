# getAttrFromPath aborts naming the whole path when a step is missing.
let lib = import <nixpkgs/lib>; in
lib.getAttrFromPath [ "a" "nope" ] { a = { }; }
