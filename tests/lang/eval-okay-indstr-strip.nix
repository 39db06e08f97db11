# indented strings drop the common indentation and the first line break
''
    a
      b
    c
''
