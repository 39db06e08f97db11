# eval-fail-overflowing-div.err.exp; Nix 2.8 says "overflow in integer division".
let min = -9223372036854775807 - 1; in builtins.seq min (min / -1)
