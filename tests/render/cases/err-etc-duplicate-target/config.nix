# Two etc entries with one target and different contents.
{ environment.etc.a = { target = "same"; text = "a"; }; environment.etc.b = { target = "same"; text = "b"; }; }
