# Three let bindings that need each other; `c = a;` only names a (it shares a's thunk).
let
  a = b + 1;
  b = c;
  c = a;
in a
