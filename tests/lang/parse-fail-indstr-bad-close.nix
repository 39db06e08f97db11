# three quotes close the string and leave a quote behind
'' a '''
