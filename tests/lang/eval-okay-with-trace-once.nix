# The set of a `with` is evaluated once, on the first lookup in it, whether the lookups come
# straight from its body or from thunks and functions that keep its scope, and in either order
let
  s = name: builtins.trace name { a = 1; b = 2; };
in
[
  (with s "body-first"; a + (let x = b; in x))
  (with s "thunk-first"; (let x = b; in x) + a)
  (with s "list"; [ a b ] ++ map (x: x + b) [ a ])
  (with s "set"; { x = a; y = b; }).y
  (with s "unused"; 7)
]
