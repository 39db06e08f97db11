# The largest integer JSON can give Nix, both ways.
builtins.fromJSON "[ 9223372036854775807, -9223372036854775808 ]"
