# whitespace around JSON values
builtins.fromJSON " \n\t [ 1 , 2 ] \n"
