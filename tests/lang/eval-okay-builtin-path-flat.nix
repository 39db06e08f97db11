# a flat (non-recursive) copy of a file hashes its contents only
[ (builtins.path { path = ./files/store/tool.sh; recursive = false; }) (builtins.path { path = ./files/store/tool.sh; recursive = true; }) (builtins.path { path = ./files/store/tool.sh; recursive = false; name = "t"; }) ]
