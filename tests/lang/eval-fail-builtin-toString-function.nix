# nor a function
toString (x: x)
