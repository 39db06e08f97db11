# a let binding cannot have a dynamic name
x: let ${x} = 1; in 1
