let f = x: x.a; in f {}
