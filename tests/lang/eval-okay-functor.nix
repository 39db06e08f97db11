# a set with __functor can be called
let s = { n = 10; __functor = self: x: self.n + x; }; in [ (s 1) (builtins.isFunction s) ]
