# x is a name of the derivation wrapper: printed after the file's own y.
let x = 1; y = 2; in x
