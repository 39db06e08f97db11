# the message names the function by its position when it is anonymous
({ a, b }: a) { a = 1; }
