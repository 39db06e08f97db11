# every item needs a key
builtins.genericClosure { startSet = [ { } ]; operator = x: [ ]; }
