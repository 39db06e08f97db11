# abort is an ordinary function value until it is called
builtins.typeOf abort
