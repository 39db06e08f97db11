# // takes the right operand's attributes over the left's, shallowly
[ ({ a = 1; b = 2; } // { b = 3; c = 4; }) ({ a.x = 1; } // { a.y = 2; }) ({ } // { }) ({ a = 1; } // { }) ]
