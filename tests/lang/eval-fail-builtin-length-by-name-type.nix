# length called by another name: the type error of its argument, at the call
let inherit (builtins) length; f = x: length x.a; in f { a = 1; }
