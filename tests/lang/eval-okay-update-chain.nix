# // is right associative; the rightmost wins
{ a = 1; } // { a = 2; b = 1; } // { a = 3; }
