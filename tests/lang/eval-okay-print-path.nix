# paths print unquoted
[ /a/b ./files /. ]
