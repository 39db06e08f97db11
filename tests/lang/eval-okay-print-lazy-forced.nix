# values forced before printing print in full even without --strict
let l = [ 1 (1 + 1) ]; in builtins.seq (builtins.elemAt l 1) l
