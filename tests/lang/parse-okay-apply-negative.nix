# f -1 is a subtraction, f (-1) an application
f: [ (f -1) (f (-1)) (f - 1) ]
