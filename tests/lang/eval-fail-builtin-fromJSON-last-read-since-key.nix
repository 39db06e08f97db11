builtins.fromJSON "{\"abcdefghijklmnopqrstuvwxyz\": tru}"
