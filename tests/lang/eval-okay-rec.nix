# rec sets see their own attributes
rec { a = 1; b = a + 1; c = b * 10; }
