# with needs a set when a variable is looked up in it
with 1; x
