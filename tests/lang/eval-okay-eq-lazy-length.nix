# lists of different lengths and sets of different sizes are unequal without looking at elements
[ ([ (throw "no") ] == [ ]) ({ a = throw "no"; } == { }) ]
