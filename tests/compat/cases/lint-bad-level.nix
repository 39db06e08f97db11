# The levels are ignore, warn and fatal (diagnose.cc).
1
