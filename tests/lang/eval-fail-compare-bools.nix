# booleans cannot be ordered
false < true
