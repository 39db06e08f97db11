# ! binds looser than comparisons' operands and tighter than && and ==
a: b: [ (!a && b) (!a == b) (! a.b) (!!a) (!a || !b) ]
