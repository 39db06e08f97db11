# A type no scheme has gives a raw input (fetchers.cc 101), which Input::toURL cannot show (fetchers.cc 140): attrsToJSON's compact JSON.
builtins.flakeRefToString { type = "foo"; a = 1; }
