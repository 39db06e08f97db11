# ignore is the default.
[ http://a.b/c /x/y a/b ]
