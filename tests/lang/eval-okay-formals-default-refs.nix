# defaults can refer to other formals, in any order
let f = { a ? b + 1, b ? 10, c ? a * 2 }: [ a b c ]; in [ (f { }) (f { b = 0; }) (f { a = 5; }) ]
