# unary minus binds tighter than * and looser than application and selection
f: a: [ (-a * 2) (- f a) (-a.b) (2 - -a) (-a - -a) ]
