# ''$ ''' and ''\ escapes of indented strings
''
  dollar ''${x} quote ''' newline ''\n tab ''\t cr ''\r other ''\y
''
