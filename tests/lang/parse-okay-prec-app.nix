# application is left associative and binds looser than selection
f: a: [ (f a a) (f a.b) (f (a) a) ((f a) a) (f a.b.c a) ]
