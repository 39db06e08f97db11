# ''$ ''' and ''\ escapes; ${ is an interpolation otherwise
let x = "X"; in ''
  ''${x} ${x} ''' ''\t ''\n ''\\ $$ ''$
''
