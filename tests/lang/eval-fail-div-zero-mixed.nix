# an integer divided by the float zero
1 / 0.0
