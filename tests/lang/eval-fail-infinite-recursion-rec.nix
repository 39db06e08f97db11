# the same in a rec set
(rec { a = b; b = a; }).a
