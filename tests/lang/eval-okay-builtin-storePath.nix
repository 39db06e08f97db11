# storePath of a store path that does not exist: --eval does not check that it is valid
[ (builtins.storePath "/nix/store/00000000000000000000000000000000-none") (builtins.hasContext (builtins.storePath "/nix/store/00000000000000000000000000000000-none")) ]
