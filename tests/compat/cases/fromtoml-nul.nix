# eval-fail-fromTOML-valueWithNullByte.err.exp: the message of forceNoNullByte inside
# fromTOML's "while parsing TOML: %s".
builtins.fromTOML ''s = "a\u0000"''
