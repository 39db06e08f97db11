# @ binds the whole argument, before or after the formals
[ (args@{ a, ... }: args) ({ a, ... }@args: args) (args @ { }: args) ({ b } @ args: b) ]
