# the keyword forms chain
s: with s; assert true; let a = 1; in if a == 1 then with s; a else b
