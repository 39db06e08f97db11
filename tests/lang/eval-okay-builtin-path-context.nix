# builtins.path results carry their own store path as context
builtins.getContext (builtins.path { path = ./files/store/data; name = "d"; })
