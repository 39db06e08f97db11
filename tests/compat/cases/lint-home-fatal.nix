# eval-fail-home-path-fatal.err.exp: home paths count as absolute.
builtins.isPath ~/y
