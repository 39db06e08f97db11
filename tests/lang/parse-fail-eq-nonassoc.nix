# == is not associative
a: a == a == a
