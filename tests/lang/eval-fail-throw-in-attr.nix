# a throw reached through an attribute under --strict
{ a = 1; b = { c = throw "deep"; }; }
