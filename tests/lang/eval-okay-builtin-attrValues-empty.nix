# attrValues of an empty set
builtins.attrValues { }
