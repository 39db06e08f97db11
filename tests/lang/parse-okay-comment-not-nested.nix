# block comments do not nest: the first */ ends them
1 /* /* */ + 2
