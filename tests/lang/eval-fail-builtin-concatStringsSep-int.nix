# integers are not coerced
builtins.concatStringsSep "," [ "a" 1 ]
