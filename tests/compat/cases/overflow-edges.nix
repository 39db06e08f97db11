# The extremes themselves do not overflow.
let max = 9223372036854775807; min = -9223372036854775807 - 1; in
[ (max - 1 + 1) (min + 1 - 1) (min + max) (max * 1) (min * 1) (min / 1) (0 - max) (-1 * max) ]
