# two dynamic names that turn out equal
let n = "a"; in { ${n} = 1; "${n}" = 2; }
