# the first item with a key wins; items keep their other attributes
builtins.genericClosure { startSet = [ { key = "a"; v = 1; } { key = "a"; v = 2; } { key = "c"; } ]; operator = item: [ { key = "b"; from = item.key; } ]; }
