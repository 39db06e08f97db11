# in a plain set an attribute's value sees the outer scope, not the set
let a = 1; in { a = 2; b = a; }
