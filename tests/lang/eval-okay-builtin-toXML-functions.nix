# toXML of functions with formals
builtins.toXML [ ({ a, b ? 1 }: a) (args@{ ... }: args) ]
