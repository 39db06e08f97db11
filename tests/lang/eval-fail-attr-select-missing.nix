# -A with an attribute that does not exist
{ a = { b = 1; }; }
