# --json writes 64-bit integers exactly
[ 9223372036854775807 (-9223372036854775807 - 1) 0 ]
