# positions of inherited attributes and of attributes from builtins
let x = 1; in [ (builtins.unsafeGetAttrPos "x" { inherit x; }) (builtins.unsafeGetAttrPos "a" (builtins.listToAttrs [ { name = "a"; value = 1; } ])) ]
