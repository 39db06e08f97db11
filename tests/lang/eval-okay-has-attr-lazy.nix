# ? does not evaluate the attribute's value
{ a = throw "no"; } ? a
