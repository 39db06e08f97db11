# keys may be lists, compared like with <
builtins.genericClosure { startSet = [ { key = [ 1 "x" ]; } { key = [ 1 "x" ]; n = 2; } { key = [ 0 ]; } ]; operator = item: [ ]; }
