# trailing spaces on the last line are dropped, a final newline is kept
[ ''
  a
  '' ''
  a'' ]
