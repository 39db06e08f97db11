# An output named "drv" is allowed today (Nix 2.8 rejects it).
builtins.attrNames (builtins.derivationStrict { name = "o"; builder = "b"; system = "s"; outputs = [ "drv" ]; })
