# an interpolated path must not end in a slash either
x: ./a/${x}/
