# the attributes of a derivation value
let d = derivation { name = "a"; system = "s"; builder = "b"; extra = 1; }; in builtins.attrNames d
