# an interpolated multi-line value is not re-indented
let x = "1\n2"; in ''
    a
    ${x}
    b
''
