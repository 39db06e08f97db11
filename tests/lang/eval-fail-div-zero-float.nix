# float division by zero is an error too
1.0 / 0.0
