# pathExists needs the context of its argument realised
builtins.pathExists "${derivation { name = "d"; system = "s"; builder = "/bin/sh"; }}/bin"
