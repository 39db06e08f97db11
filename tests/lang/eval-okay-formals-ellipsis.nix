# ... accepts other attributes; @ gives them all
let f = { a, ... }@args: [ a (builtins.attrNames args) ]; in f { a = 1; z = 2; }
