# let bindings are shown in the (2.8 symbol table) order of their names, here first-seen order
let c = 1; b = 2; a = 3; in [ a b c ]
