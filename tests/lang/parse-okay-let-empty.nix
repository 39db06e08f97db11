# let with no bindings
let in 1
