# search paths cannot be interpolated
x: <a/${x}>
