# Through variables, where the evaluator computes the sum before any thunk is made.
let a = 9223372036854775807; b = a + 1; in [ b ]
