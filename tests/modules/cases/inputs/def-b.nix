# Input module for the cases: defines an item.
{ items = [ "b" ]; }
