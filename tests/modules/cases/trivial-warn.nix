# warn and info trace their message and return the value.
let lib = import <nixpkgs/lib>; in
[ (lib.warn "careful" 1) (lib.info "note" 2) (lib.showWarnings [ "w1" "w2" ] 3) ]
