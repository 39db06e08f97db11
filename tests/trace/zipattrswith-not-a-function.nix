# the function is forced first
builtins.zipAttrsWith 1 [ "b" ]
