# dynamic attribute names in selection and ?
let s = { a = 1; "b c" = 2; }; n = "a"; in [ s.${n} s."b c" s.${"b" + " c"} (s ? ${n}) s."${n}" ]
