# a set where let bindings are expected
let { a = 1; } in a
