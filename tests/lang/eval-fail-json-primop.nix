# builtins cannot be written as JSON either
[ builtins.add ]
