# a let binding that fails is fine while unused
let a = throw "no"; b = 2; in b
