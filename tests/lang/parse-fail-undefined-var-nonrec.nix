# a plain set's attributes are not in scope inside it
{ a = 1; b = a; }
