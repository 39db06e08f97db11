# a path plus a path appends the second's absolute form
[ (/a + /b) (./a + ./b) ]
