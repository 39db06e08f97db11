# an operator without a right operand
1 +
