# A long plain run that reaches the end of the text: the missing closing quote.
builtins.fromJSON "\"${builtins.concatStringsSep "" (builtins.genList (i: "plain") 50)}"
