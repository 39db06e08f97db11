# A list element that is a pending application (genList, map) and needs its own value is
# not marked while it runs in Nix 2.8: it recurses until the stack runs out.
let l = builtins.genList (x: builtins.elemAt l x) 2; in builtins.head l
