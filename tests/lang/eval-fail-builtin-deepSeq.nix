# deepSeq finds an error deep inside
builtins.deepSeq { a = [ 1 { b = throw "deep error"; } ]; } "done"
