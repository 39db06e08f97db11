# assert and nested asserts
a: assert a; assert !a -> a; a
