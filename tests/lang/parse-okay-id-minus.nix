# a-b is one identifier, a - b a subtraction, a -b too; a- is an identifier
a: b: a-b: a-: [ a-b (a - b) (a -b) (a- b) ]
