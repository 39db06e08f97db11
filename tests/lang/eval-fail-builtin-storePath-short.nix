# a store path needs a full hash part
builtins.storePath "/nix/store/abc"
