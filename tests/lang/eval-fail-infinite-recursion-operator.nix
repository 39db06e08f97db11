# An arithmetic operator is a call of a builtin, which forces its operands at the
# operator's position: the infinite recursion is reported at `8 - q`, not at `q`.
let q = 8 - q; in q
