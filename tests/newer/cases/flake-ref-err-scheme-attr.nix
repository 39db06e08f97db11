# Input::fromAttrs (fetchers.cc 109): only the scheme's own attributes (indirect.cc 73).
builtins.flakeRefToString { type = "indirect"; id = "nixpkgs"; url = "x"; }
