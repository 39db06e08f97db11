# eval-okay-url-literal-warn.err.exp: a warning, and the string.
http://example.com/x
