# identifiers may contain ' - _ and digits after the first character
let a' = 1; b-c = 2; _d = 3; e_'-9 = 4; f'' = 5; in [ a' b-c _d e_'-9 f'' ]
