# list elements cannot be operators' operands without parentheses
a: [ a - 1 ]
