# A binding that needs its own value.
let counter = counter + 1; in counter
