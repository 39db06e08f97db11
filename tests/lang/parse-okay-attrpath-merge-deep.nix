# merging works at any depth
{ a.b = { c = 1; }; a.b.d = 2; a.e = 3; a.b.f.g = 4; }
