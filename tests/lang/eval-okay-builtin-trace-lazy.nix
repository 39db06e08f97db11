# trace only prints when its result is evaluated
let x = builtins.trace "evaluated" 1; in [ x x ]
