# a type error in an element gains "while invoking" (found by make fuzz-eval FUZZ_PROFILE=data, seed 1271)
builtins.zipAttrsWith (k: v: v) [ { a = 1; } "b" ]
