# an imported function is called like any other
import ./imports/function.nix { x = 2; }
