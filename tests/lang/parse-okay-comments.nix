# line comment
/* block comment */ [ 1 /**/ 2 /* * / ** */ 3 # trailing
  /* multi
     line */ 4 /*** stars ***/ 5 ]
