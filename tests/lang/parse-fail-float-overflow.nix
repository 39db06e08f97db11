# float literals must be finite
1.5e400
