# inherit x in a let looks x up outside the let, where it is undefined
let inherit x; in x
