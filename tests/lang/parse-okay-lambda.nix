# plain lambdas, curried; x:y: x is the URI "x:y:" applied to x
x: [ (x: x) (x: y: x) (x : x) (x:y: x) ]
