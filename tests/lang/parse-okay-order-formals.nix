# formals are shown in the order their names were first seen
c: { b, a, c }: a
