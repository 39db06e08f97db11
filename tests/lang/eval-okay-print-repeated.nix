# a set or list that was already printed is shown as «repeated»
let s = { a = 1; }; l = [ 2 ]; in { x = s; y = s; z = l; w = l; v = [ s l ]; }
