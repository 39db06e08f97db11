# The operator `+` on integers (lang suite: eval-fail-overflowing-add.err.exp).
9223372036854775807 + 1
