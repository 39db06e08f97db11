# a rec set's __overrides replace its attributes, also for references inside the set
rec { __overrides = { a = 2; }; a = 1; b = a; }
