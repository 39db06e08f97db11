# __curPos gives file, line and column of where it appears
[ __curPos
    { a = __curPos; } ]
