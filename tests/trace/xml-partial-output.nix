# flags: --xml
# Nix's XML writer flushes every line: the output written before the error (closed) comes out
# before the message (fuzz-eval seed 160000)
[ 1 { a = "x"; b = [ (throw "y") ]; } ]
