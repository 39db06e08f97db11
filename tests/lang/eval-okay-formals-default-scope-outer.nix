# a default sees the formals before the outer scope
let a = "outer"; f = { a ? "default", b ? a }: b; in [ (f { }) (f { a = "given"; }) ]
