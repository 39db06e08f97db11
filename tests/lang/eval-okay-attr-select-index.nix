# -A can index lists with numbers
{ a = [ { b = "first"; } { b = "second"; } ]; }
