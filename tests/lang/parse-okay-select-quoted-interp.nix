# quoted attribute names with interpolation in selections and has-attr
a: x: [ a."${x}" a."p${x}s" (a ? "${x}q") ]
