# __curPos inside a function refers to where it is written
let f = x: __curPos; in (f 1).line
