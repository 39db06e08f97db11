# an interpolation outside a string or path
x: ${x}
