# text on the first line counts for indentation; a whitespace-only first line is dropped
[ ''  a
  b'' ''   
  c
  d
'' ]
