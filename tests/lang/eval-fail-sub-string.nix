# - only works on numbers
"a" - "b"
