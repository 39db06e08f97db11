# A UTF-16 surrogate (ED A0 80) is rejected at its second byte.
builtins.toJSON "1í €"
