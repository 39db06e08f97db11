# functionArgs does not evaluate default values
builtins.functionArgs ({ a ? throw "no", b }: a)
