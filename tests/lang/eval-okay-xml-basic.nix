# --xml output of the basic types
{ int = 1; float = 1.5; str = "s<&>\"'"; t = true; n = null; list = [ 1 [ ] ]; set = { a = { }; }; path = /a/b; }
