# nor rec sets
rec { a = 1; b = 2; a = 3; }
