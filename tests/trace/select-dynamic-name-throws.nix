let a = { b = { c = 1; }; }; n = throw "z"; in a.b.${n}
