# the smallest integer, made by arithmetic since -9223372036854775808 is not a literal
let m = -9223372036854775807 - 1; in [ m (m * -1) (0 - m) (m - 1) (m / 1) (m / 2) ]
