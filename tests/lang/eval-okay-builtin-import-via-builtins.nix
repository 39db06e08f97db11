# builtins.import is import
(builtins.import ./imports/function.nix) { x = 1; y = 1; }
