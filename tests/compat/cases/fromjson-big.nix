# eval-fail-fromJSON-overflowing.err.exp: an unsigned number past INT64_MAX.
builtins.fromJSON "[ 9223372036854775807, 9223372036854775808 ]"
