# ? binds tighter than everything but selection and application
a: [ (a ? b) (a ? b.c) (!a ? b) (a ? b && a ? c) (a ? "b") (a ? ${"b"}) (- a ? b) ]
