# The same through listToAttrs (whose attributes have no position either), two levels on.
let r = { config = builtins.listToAttrs [ { name = "a"; value = { b = {}; }; } ]; }; in r.config.a.b.c
