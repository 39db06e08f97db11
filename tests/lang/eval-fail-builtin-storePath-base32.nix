# the hash part of a store path is Nix base-32
builtins.storePath "/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x"
