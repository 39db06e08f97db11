# JSON string escapes, including \u escapes beyond ASCII
builtins.fromJSON ''[ "\"\\\/\b\f\n\r\t", "\u0041\u00e9\u20ac", "\ud83d\ude00", "plain" ]''
