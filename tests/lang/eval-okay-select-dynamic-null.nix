# a set attribute whose dynamic name is null is left out
{ ${null} = 1; a = 2; }
