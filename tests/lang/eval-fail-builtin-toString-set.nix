# a plain set cannot be converted
toString { a = 1; }
