# keywords after a dot must be quoted; or need not be
x: [ x."if" x."then" x."else" x."let" x."in" x."rec" x."with" x."assert" x."inherit" x.or x.or.or ]
