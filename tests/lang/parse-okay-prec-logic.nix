# && binds tighter than ||, || tighter than ->; -> is right associative
a: b: c: [ (a || b && c) (a && b || c) (a -> b -> c) (a -> b || c) (a || b -> c && a) ]
