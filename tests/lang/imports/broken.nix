# helper for import cases: a syntax error on purpose
{ a = 1
