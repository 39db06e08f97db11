# Today's Nix binds its newer builtins as Nix 2.8 binds the others (src/libexpr/primops.cc
# registers "__readFileType", "__warn", and "break" without the prefix): `__NAME` and `break`
# are variables, not only attributes of builtins.
break (__readFileType ./files/dir)
