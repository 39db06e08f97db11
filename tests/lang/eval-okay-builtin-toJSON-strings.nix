# toJSON escapes
builtins.toJSON [ "\"" "\\" "\n\r\t" "/" "é" (builtins.fromJSON ''"\u0001\u001f"'') ]
