# The trace and summary come out before the error message.
# status: 1
let
  n = 1;
  bad = n + "x";
in bad
