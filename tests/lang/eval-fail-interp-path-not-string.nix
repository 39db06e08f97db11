# interpolations in paths are coerced like in strings
./a/${1}
