# numbers and strings cannot be ordered
1 < "a"
