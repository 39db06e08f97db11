# text after an escaped ''\n counts as the start of a line, so its indentation is stripped
''
  a ''\n  b
  c
''
