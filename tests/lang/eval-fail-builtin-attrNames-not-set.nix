# attrNames needs a set
builtins.attrNames [ ]
