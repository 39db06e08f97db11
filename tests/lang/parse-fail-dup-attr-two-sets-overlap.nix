# two set literals for one name with a common attribute
{ a = { b = 1; }; a = { b = 2; }; }
