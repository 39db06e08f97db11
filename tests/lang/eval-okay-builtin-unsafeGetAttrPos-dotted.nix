# the position of an attribute made by a dotted path
builtins.unsafeGetAttrPos "b" { a.b = 1; }.a
