# {m,n} with n < m
builtins.match "a{3,2}" "aaa"
