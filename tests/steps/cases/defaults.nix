# args: --steps=4
# A default argument is a thunk like any other; the trace stops after 4 steps and says so.
let f = { x, y ? x * 2 }: x + y;
in [ (f { x = 1; }) (f { x = 2; y = 5; }) ]
