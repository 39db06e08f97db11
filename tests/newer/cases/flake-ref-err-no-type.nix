# Input::fromAttrs, fetchers.cc 80.
builtins.flakeRefToString { owner = "o"; }
