# every element must be a list
builtins.concatLists [ [ 1 ] 2 ]
