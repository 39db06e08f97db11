# throw's message reaches tryEval only as failure
(builtins.tryEval (throw "msg")).value
