# typeOf names each type
map builtins.typeOf [ 1 1.0 "s" /p true null [ ] { } (x: x) builtins.map (builtins.map (x: x)) { __functor = s: x: x; } ]
