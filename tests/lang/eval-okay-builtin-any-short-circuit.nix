# any stops at the first true, all at the first false
[ (builtins.any (x: x) [ true (throw "no") ]) (builtins.all (x: x) [ false (throw "no") ]) ]
