# floor needs a number
builtins.floor "1.5"
