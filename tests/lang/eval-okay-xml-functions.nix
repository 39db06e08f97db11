# --xml shows a function's formals; with positions unless --no-location
[ (x: x) ({ a, b ? 1, ... }: a) (args@{ c }: c) builtins.add ]
