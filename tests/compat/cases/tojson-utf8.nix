# Well-formed UTF-8 of every length passes.
builtins.toJSON [ "aé€𝄞" ]
