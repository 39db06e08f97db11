# only functions can be called
let x = 1; in x 2
