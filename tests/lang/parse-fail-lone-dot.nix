# a dot alone is not a path
.
