# a true assertion passes the body through
assert 1 == 1; assert true; "ok"
