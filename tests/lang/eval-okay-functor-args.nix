# functionArgs and isFunction on a functor set
let s = { __functor = self: { a }: a; }; in [ (builtins.isFunction s) (builtins.isAttrs s) (s { a = 5; }) ]
