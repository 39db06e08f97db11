# path segments may hold letters, digits and . _ - +
[ ./a+b ./-a ./_x/y.z ./1/2 ./a-/b_ ]
