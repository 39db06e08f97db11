# the names of all builtins of Nix 2.8
builtins.attrNames builtins
