# eval-fail-fromTOML-overflow.err.exp (toml11 4 rejects; the toml11 of Nix 2.8 saturates).
builtins.fromTOML "n = 9223372036854775808"
