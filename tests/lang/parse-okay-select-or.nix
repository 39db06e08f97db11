# `or` gives a default to a selection
a: [ (a.b or 1) (a.b.c or a.d or 2) (a.b or (a.c)) (a.${"b"} or null) ]
