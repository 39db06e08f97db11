# concatLists flattens one level
[ (builtins.concatLists [ [ 1 ] [ ] [ 2 3 ] ]) (builtins.concatLists [ ]) (builtins.concatLists [ [ [ 1 ] ] ]) ]
