# --json output of the basic types
{ int = 1; neg = -5; float = 1.5; str = "s"; t = true; f = false; n = null; list = [ 1 [ 2 ] ]; set = { a = { }; }; }
