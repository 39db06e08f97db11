# genericClosure of an empty start set
builtins.genericClosure { startSet = [ ]; operator = x: throw "no"; }
