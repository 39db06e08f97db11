# nixel computes `n - 1` on evaluated integers ahead, but the result must still look like the
# thunk Nix makes: unevaluated in builtins.trace and in --eval without --strict (fuzz-eval, seed 5467)
let
  n = 3;
  f = x: { inherit x; y = x - 1; };
in
builtins.trace { a = n - 1; b = n < 2; c = f (n - 1); } { c = -2; d = f (n - 1); e = n * 2; g = (f n).y; }
