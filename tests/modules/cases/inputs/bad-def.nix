# Input module for the cases: defines an option nobody declares.
{ undeclared.option = 1; }
