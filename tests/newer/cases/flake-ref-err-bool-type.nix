# git.cc 399 and maybeGetBoolAttr (attrs.cc): shallow must be a Boolean.
builtins.flakeRefToString { type = "git"; url = "https://x/y"; shallow = "yes"; }
