# storeDir is the store's directory
builtins.storeDir
