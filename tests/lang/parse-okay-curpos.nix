# __curPos is its own expression
[ __curPos { a = __curPos; } ]
