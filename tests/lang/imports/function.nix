# helper for import cases: a function of a set
{ x, y ? 10 }: x * y
