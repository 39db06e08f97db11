# most builtins are only reachable through builtins
length [ ]
