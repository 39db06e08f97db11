# a function with formals must be called with a set
({ a }: a) 1
