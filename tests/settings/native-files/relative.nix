# exec's output is parsed against this file's own path: ./x in it becomes relative.nix/x
builtins.exec [ "sh" "-c" "echo ./x" ]
