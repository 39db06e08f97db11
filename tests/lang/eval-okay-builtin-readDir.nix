# readDir gives each entry's type
builtins.readDir ./files/tree
