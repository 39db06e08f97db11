# the @ set holds what was passed, not the defaults
let f = args@{ a ? 1, ... }: [ a (args ? a) ]; in [ (f { }) (f { a = 2; }) ]
