# 18 names of the file, then the wrapper's x and strict.
let n0 = 0; n1 = 1; n2 = 2; n3 = 3; n4 = 4; n5 = 5; n6 = 6; n7 = 7; n8 = 8; n9 = 9; n10 = 10; n11 = 11; n12 = 12; n13 = 13; n14 = 14; n15 = 15; n16 = 16; n17 = 17; x = 1; strict = 2; in x
