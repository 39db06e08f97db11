# the same attribute twice
{ a = 1; a = 2; }
