# a syntax error in an imported file
import ./imports/broken.nix
