# appendContext can add every kind of context to a .drv
builtins.getContext (builtins.appendContext "s" { "/nix/store/ffffffffffffffffffffffffffffffff-x.drv" = { path = true; allOutputs = true; outputs = [ "out" "bin" ]; }; "/nix/store/ffffffffffffffffffffffffffffffff-y" = { path = false; outputs = [ ]; }; })
