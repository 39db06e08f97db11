# every entry needs a path
builtins.findFile [ { prefix = "x"; } ] "x/a"
