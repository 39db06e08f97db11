# toXML of a derivation
builtins.toXML (derivation { name = "x"; system = "s"; builder = "/bin/sh"; })
