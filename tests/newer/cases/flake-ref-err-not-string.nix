# maybeGetStrAttr (attrs.cc): the message shows the input as JSON.
builtins.flakeRefToString { type = "path"; path = 1; }
