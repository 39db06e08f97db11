# a selection's frame shows a dynamic name by its value, quoted when it is no identifier
let s = "a b"; in { "a b" = { c = throw "x"; }; }.${s}.c
