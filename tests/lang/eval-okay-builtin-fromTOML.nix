# fromTOML on the basic TOML types
builtins.fromTOML ''
  str = "s"
  int = 42
  neg = -7
  float = 1.5
  bool = true
  arr = [ 1, 2, 3 ]
  mixed = [ "a", "b" ]
  inline = { x = 1, y = "z" }
  [table]
  key = "value"
  [table.sub]
  deep = true
''
