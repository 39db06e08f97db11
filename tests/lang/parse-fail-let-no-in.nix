# let without in
let a = 1;
