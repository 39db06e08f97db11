# a default is evaluated only when needed
let f = { a ? throw "no", b }: b; in f { b = 1; }
