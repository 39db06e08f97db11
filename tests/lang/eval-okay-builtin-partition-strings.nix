# partition keeps the order within each part
builtins.partition (s: builtins.stringLength s > 1) [ "a" "bb" "c" "dd" "eee" ]
