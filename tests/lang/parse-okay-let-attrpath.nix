# let bindings may use dotted paths
let a.b = 1; a.c = 2; in a
