# two slashes in a row end a path
/a//b
