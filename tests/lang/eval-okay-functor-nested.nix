# __functor may return another functor
let s = { __functor = self: x: { __functor = self2: y: x * y; }; }; in s 6 7
