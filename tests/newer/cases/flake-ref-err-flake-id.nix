# indirect.cc 96: a flake ID starts with a letter.
builtins.flakeRefToString { type = "indirect"; id = "9x"; }
