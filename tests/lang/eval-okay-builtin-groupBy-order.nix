# groupBy keeps the list order within each group
builtins.groupBy (s: builtins.substring 0 1 s) [ "apple" "banana" "avocado" "blueberry" "cherry" "apricot" ]
