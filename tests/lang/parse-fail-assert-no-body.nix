# assert without a body
assert true;
