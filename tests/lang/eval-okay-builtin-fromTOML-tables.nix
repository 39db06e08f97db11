# tables: headers in any order, dotted keys, implicit tables, inline tables, arrays of tables and their sub-tables
builtins.fromTOML ''
  top = 1
  a.b.c = 2
  [x.y.z]
  w = 1
  [x.y]
  v = 2
  [x]
  u = 3
  [t]
  inline = { p = 1, q.r = "s", e = {} }
  [[fruit]]
  name = "apple"
  [fruit.physical]
  color = "red"
  [[fruit.variety]]
  name = "red delicious"
  [[fruit]]
  name = "banana"
  [ "quoted key" . 'lit' ]
  k = true
''
