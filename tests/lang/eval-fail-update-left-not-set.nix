# // needs a set on the left
null // { }
