# tryEval catches the throw: the steps it cut short end in «error».
builtins.tryEval (let boom = throw "boom"; in boom)
