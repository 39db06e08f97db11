# rec sets
rec { a = 1; b = a; c = { d = b; }; e.f = c; }
