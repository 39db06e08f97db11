# builtins and the top-level builtins are variables
[ builtins builtins.map map toString import throw abort derivation ]
