# the type predicates on each kind of value
let vs = [ 1 1.0 "s" /p true null [ ] { } (x: x) builtins.map ]; f = p: map p vs; in
[ (f builtins.isInt) (f builtins.isFloat) (f builtins.isString) (f builtins.isPath) (f builtins.isBool) (f builtins.isNull) (f isNull) (f builtins.isList) (f builtins.isAttrs) (f builtins.isFunction) ]
