# Nix 2.8 reports a stack overflow from its SIGSEGV handler: the bare message, no excerpt,
# no trace, no hint, even where frames were active.
let f = x: f x + 1; in { r = builtins.tryEval (f 1); }
