# the boolean operators
[ (true && false) (true || false) (!true) (false -> true) (true -> false) (false -> false) (!false && !false) ]
