# Nix 2.23's warn with --option abort-on-warn true (its documentation): the warning, then an
# error that tryEval cannot catch.
builtins.tryEval (builtins.warn "careful" 1)
