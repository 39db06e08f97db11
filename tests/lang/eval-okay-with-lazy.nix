# with does not evaluate its set unless a variable is looked up there
let a = 1; in with (throw "no"); a
