# a rec set's attributes are not visible after it
rec { a = 1; }.a + a
