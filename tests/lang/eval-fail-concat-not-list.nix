# ++ needs lists
[ 1 ] ++ "a"
