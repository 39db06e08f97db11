# a copied path is not valid in an empty store, so it cannot be read
builtins.readFile "${./files/hello.txt}"
