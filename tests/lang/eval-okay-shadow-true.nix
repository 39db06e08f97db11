# true, false and null are ordinary names that can be shadowed
let true = false; null = 1; in [ true null ]
