# __structuredAttrs passes the attributes as JSON in __json
derivation { name = "j"; system = "s"; builder = "/bin/sh"; __structuredAttrs = true; list = [ 1 "two" { three = 3.5; } null true ]; src = ./files/store/tool.sh; outputs = [ "out" "doc" ]; }
