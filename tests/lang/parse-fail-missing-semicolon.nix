# a binding without its semicolon
{ a = 1 }
