# storePath resolves symlinks in a path below a store path, so the store path must exist
builtins.storePath "/nix/store/ffffffffffffffffffffffffffffffff-x/bin/y"
