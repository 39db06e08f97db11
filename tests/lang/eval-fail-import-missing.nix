# importing a file that does not exist
import ./imports/does-not-exist.nix
