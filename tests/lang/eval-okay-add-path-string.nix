# a path plus a string is a path
[ (./a + "b") (./a + "/b") (/x + "/y") (builtins.typeOf (./a + "b")) (/x + "y/../z") ]
