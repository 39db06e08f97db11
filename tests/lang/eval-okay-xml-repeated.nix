# --xml does not mark repeated plain values
let s = { a = 1; }; in [ s s ]
