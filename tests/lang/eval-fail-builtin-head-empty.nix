# head of an empty list
builtins.head [ ]
