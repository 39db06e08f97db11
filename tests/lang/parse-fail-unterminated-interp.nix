# an interpolation is never closed
"a${1 + 2"
