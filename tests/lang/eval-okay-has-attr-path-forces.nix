# ? evaluates the values along the path but not the last one
{ a = { b = throw "no"; }; } ? a.b
