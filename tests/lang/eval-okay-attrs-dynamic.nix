# dynamic attribute names in set literals
let n = "x"; in { ${n} = 1; "${n}y" = 2; ${"z"} = 3; "a b" = 4; }
