# flags: --json
# more than a buffer's worth before the error: the whole blocks come out before the message
builtins.genList (i: if i == 3000 then throw "x" else "abc\"[{") 5000
