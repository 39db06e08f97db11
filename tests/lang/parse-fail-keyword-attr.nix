# an unquoted keyword cannot name an attribute
{ then = 1; }
