# the default of `or` is evaluated inside the selection's frame (fuzz-eval seed 50601)
({ p = { }; }).p.q or (throw "the default")
