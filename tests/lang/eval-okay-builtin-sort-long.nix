# sort on a longer list
builtins.sort builtins.lessThan (builtins.genList (i: builtins.bitAnd (i * 7919) 63) 40)
