# eval-fail-url-literal.err.exp.
[ http://example.com/x ]
