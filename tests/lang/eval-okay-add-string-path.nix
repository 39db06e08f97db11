# a string plus a path copies the path to the store and gives a string
let r = "x-" + ./files/hello.txt; in [ r (builtins.typeOf r) ]
