# builtins.path names are store path names
builtins.path { path = ./files/store/tool.sh; name = "a b"; }
