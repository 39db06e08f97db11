# tabs and form feeds are not all whitespace: only space, tab, CR, LF
[	1	2 ]
