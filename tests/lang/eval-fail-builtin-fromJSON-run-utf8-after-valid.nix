builtins.fromJSON "\"abcdefghijk€abcdefgh😀�\""
