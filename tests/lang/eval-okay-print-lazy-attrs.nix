# without --strict nested sets print as <CODE>; the top level is forced
{ a = { b = 1; }; c = "s"; d = 1 + 2; }
