# A control character right after a long plain run: the error is the control character's.
builtins.fromJSON "\"${builtins.concatStringsSep "" (builtins.genList (i: "plain") 50)}\n\""
