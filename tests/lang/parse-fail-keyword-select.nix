# nor be selected unquoted
x: x.in
