# a constant interpolation names a let binding
let ${"a"} = 1; "b" = 2; in a
