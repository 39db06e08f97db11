# after an error in a dynamic name, the set is a thunk again: forcing it again fails again
let s = { ${throw "the name"} = 1; a = 1; }; in [ (builtins.tryEval s).success s.a ]
