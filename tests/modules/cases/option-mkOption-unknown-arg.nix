# mkOption accepts only its known arguments.
let lib = import <nixpkgs/lib>; in
builtins.attrNames (lib.mkOption { type = lib.types.int; defualt = 1; })
