# interpolations inside multi-line strings
let x = "X"; in "a
${x}
b${x}"
