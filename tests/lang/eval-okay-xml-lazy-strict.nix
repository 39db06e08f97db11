# --xml of nested values, lists of sets and strings with newlines
[ { a = "x\ny"; } [ null ] ]
