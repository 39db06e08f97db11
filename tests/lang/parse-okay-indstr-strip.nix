# the common indentation of an indented string is removed
''
    first
      second
    third
''
