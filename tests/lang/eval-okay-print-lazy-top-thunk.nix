# the top-level value itself is always forced
let x = { a = 1 + 1; }; in x
