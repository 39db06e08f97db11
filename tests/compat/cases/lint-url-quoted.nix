# eval-okay-url-literal-quoted-fatal: a quoted URL is a string.
"http://example.com/x"
