# the right operand must be a boolean too when it is evaluated
true && 1
