# ~ alone is not a path
~
