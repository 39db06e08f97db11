# != is the negation of ==
[ (1 != 2) (1 != 1) ("a" != "b") ([ ] != [ 1 ]) ]
