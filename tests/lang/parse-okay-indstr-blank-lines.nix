# blank and whitespace-only lines do not limit the indentation
''
    a

  
    b
''
