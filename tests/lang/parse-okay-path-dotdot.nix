# .. inside a relative path is folded
[ ./a/../b ./a/./b ./a/b/.. ]
