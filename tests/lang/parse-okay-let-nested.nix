# nested lets and shadowing
let a = 1; in let a = 2; b = a; in let c = a; in [ a b c ]
