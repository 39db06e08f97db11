# eval-fail-fromJSON-keyWithNullByte.err.exp: keys too.
builtins.fromJSON ''{ "k\u0000": 1 }''
