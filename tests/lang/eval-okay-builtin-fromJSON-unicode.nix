# UTF-8 passes through, \u escapes become UTF-8, a byte order mark is skipped, \u0000 ends the string
[ (builtins.fromJSON "\"é€😀\"") (builtins.fromJSON "\"\\u00e9\\u20ac\\ud83d\\ude00\"") (builtins.fromJSON "\"a\\u0000b\"") (builtins.fromJSON "\"\\/\"") ]
