# --json of a plain string
"line\nbreak"
