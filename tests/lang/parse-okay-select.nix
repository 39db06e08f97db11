# selection with plain, quoted and dynamic attribute names
a: b: [ a.b a.b.c a."b" a."b c".d a.${b} a.${"b"}.c a."${b}x" (a).b ]
