# importing a directory imports its default.nix
import ./imports/dir
