# let bindings cannot repeat either
let a = 1; a = 2; in a
