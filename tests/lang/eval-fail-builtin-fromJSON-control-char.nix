# a raw control character in a JSON string; the error shows it as <U+000A>
builtins.fromJSON "[\n\"a\nb\"]"
