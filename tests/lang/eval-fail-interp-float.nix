# nor floats
"a${1.5}"
