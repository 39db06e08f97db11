# reading a file that does not exist
builtins.readFile ./files/no-such-file
