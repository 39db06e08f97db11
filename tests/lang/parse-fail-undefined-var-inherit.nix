# inherit looks the name up in the enclosing scope
{ inherit a; }
