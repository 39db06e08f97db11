# A sequence cut short by the end of the string.
builtins.toJSON { "xâ‚" = 1; }
