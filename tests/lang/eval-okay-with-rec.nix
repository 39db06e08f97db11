# with inside rec: rec attributes are lexical, so they win
rec { a = 1; b = with { a = 2; }; a; }
