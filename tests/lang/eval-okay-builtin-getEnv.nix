# getEnv of set and unset variables (the runner sets HOME)
[ (builtins.getEnv "HOME") (builtins.getEnv "NIXEL_SURELY_UNSET_VARIABLE") ]
