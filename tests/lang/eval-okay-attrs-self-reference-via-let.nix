# a set can refer to itself through a let
let s = { a = 1; b = s.a + 1; }; in s
