# @ before the formals means the same
let f = args@{ a, b }: args.a + b; in f { a = 1; b = 2; }
