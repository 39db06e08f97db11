# reading a directory
builtins.readFile ./files
