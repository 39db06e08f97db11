# unmatched groups are null
builtins.split "(a)?(b)" "xbyab"
