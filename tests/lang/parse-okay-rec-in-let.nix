# rec sets and lets refer to their own bindings
let a = rec { b = c; c = 1; }; in a.b
