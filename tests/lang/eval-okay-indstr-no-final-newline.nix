# without a line break before '' there is no final newline
[ ''
  a
  b'' ''  one line  '' ]
