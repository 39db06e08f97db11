# addCheck narrows a type's check and keeps everything else.
let lib = import <nixpkgs/lib>; t = lib.types.addCheck lib.types.int (x: x > 10); in
{ checks = map t.check [ 5 15 "s" ]; inherit (t) name description; }
