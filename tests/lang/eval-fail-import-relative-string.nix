# a relative path in a string is not accepted
import "imports/value.nix"
