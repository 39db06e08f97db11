# types.list is the deprecated spelling of listOf (with a trace).
let lib = import <nixpkgs/lib>; in
(lib.types.list lib.types.int).description
