# storePath of a path outside the store
builtins.storePath "/tmp"
