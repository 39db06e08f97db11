# URIs are string literals
[ http://example.org/a?b=c&d=e https://x.y:80/p%20q ftp://a@b/c x:x a+b.c-d:e mailto:a@b.c ]
