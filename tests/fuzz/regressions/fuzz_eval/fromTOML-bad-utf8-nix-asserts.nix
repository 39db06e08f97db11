# Nix 2.8 aborts here (toml11: region.hpp:172: location::before(): Assertion `sz >= 0' failed);
# nixel must give a clean error (see ../README.md).
builtins.fromTOML (builtins.readFile ../fuzz_toml/literal-string-bad-utf8)
