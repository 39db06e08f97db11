# list elements are selections or simpler; applications need parentheses
f: a: [ [] [ 1 ] [ f a ] [ (f a) ] [ a.b a.c ] [ (-1) ] [ [ [ ] ] ] [ a.b or 1 a ] ]
