# fromTOML's dates and times with today's experimental feature parse-toml-timestamps (today's
# eval-okay-fromTOML-timestamps: T between date and time, the fraction as 3, 6 or 9 digits).
builtins.fromTOML ''
  odt1 = 1979-05-27T07:32:00Z
  odt2 = 1979-05-27T00:32:00-07:00
  odt4 = 1979-05-27 07:32:00Z
  odt5 = 1979-05-27 07:32:00.1Z
  odt8 = 1979-05-27t07:32:00.1234Z
  odt14 = 1979-05-27t07:32:00.1234567891Z
  ldt2 = 1979-05-27T07:32:00.1
  ldt8 = 1979-05-27 00:32:00.1234567
  ld1 = 1979-05-27
  lt1 = 07:32:00
  lt6 = 00:32:00.12345
''
