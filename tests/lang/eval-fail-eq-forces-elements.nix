# comparing lists of the same length forces their elements
[ (throw "forced by ==") ] == [ 1 ]
