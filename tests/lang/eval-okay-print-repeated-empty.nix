# one empty set or list value printed twice
let e = { }; l = [ ]; in [ e e l l ]
