# --xml gives each function its position; formals come out in name order
{ f = { zeta, alpha ? 1, Mid, ... }@args: args; g = x: y: x; }
