# zipAttrsWith calls the function only for names whose value is used
(builtins.zipAttrsWith (n: v: if n == "bad" then throw "no" else v) [ { bad = 1; ok = 2; } { ok = 3; } ]).ok
