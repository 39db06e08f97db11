# toXML writes the same XML as --xml without positions
builtins.toXML { a = [ 1 "s" true null 1.5 ]; b = x: x; c = { d = /p; }; }
