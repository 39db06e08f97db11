# The same through a function's formals: the recursion shows at the `8 - p` expression.
let p = ({ a ? 9, ... }: 6) q; q = 8 - p; in p
