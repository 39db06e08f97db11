# the @ name is also a formal
{ a, b }@b: a
