# a dynamic attribute in rec
x: rec { ${x} = 1; a = 2; }
