# characters that the --parse printer escapes
[ "tab	here" "nl
here" "quote\"" "back\\slash" "dollar$" "cr" ]
