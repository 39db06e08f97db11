# a value along the ? path is forced
{ a = throw "forced"; } ? a.b
