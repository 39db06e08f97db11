# interpolations in indented strings do not count for the indentation
x: ''
    a ${x}
  ${x} b
    c
''
