# elemAt does not evaluate other elements
builtins.elemAt [ (throw "no") 2 ] 1
