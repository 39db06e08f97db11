# an argument that is never used is never evaluated
(x: 1) (throw "no")
