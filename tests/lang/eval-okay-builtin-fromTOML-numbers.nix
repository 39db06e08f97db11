# TOML number forms
builtins.fromTOML ''
  hex = 0xff
  oct = 0o17
  bin = 0b101
  under = 1_000
  exp = 1e3
  frac = 0.25
  neg_float = -2.5
''
