# the indented string is never closed
''abc
