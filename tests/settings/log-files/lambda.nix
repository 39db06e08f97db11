x: x.a
