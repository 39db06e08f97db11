# equal but separately made values are printed in full
{ x = { a = 1; }; y = { a = 1; }; z = [ ]; w = [ ]; }
