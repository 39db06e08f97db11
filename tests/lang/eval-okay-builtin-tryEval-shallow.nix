# tryEval evaluates only to the outermost level
(builtins.tryEval [ (throw "not caught here") ]).success
