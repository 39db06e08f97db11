# no newline at the end of the file
1 + 2