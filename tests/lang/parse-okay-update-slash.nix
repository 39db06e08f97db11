# a//b is an update, a/b a path, a / b a division
a: b: [ (a//b) (a / b) a/b ]
