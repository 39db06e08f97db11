# list elements are evaluated only when used
builtins.head [ 1 (throw "no") ]
