# an argument the function does not take
({ a }: a) { a = 1; b = 2; }
