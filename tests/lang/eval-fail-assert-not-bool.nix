# the condition must be a boolean
assert 1; 1
