# An overlong form and a surrogate are not UTF-8 either.
builtins.toJSON "À¯"
