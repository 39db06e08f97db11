# traceVal, traceValFn, traceSeq, traceSeqN, traceIf print to stderr and return the value.
let lib = import <nixpkgs/lib>; in
[
  (lib.traceVal "v")
  (lib.traceValFn (x: "f ${x}") "w")
  (lib.traceSeq { a = [ 1 ]; } 2)
  (lib.traceSeqN 1 { a = { b = 1; }; c = [ 1 ]; d = 2; } 3)
  (lib.traceIf true "yes" 4)
  (lib.traceIf false "no" 5)
  (lib.traceValSeq [ 1 2 ])
]
