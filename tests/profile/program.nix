# Named functions for the profiler's test: fib calls itself 1973 times, sumSquares folds
# with square 100 times.
let
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
  square = x: x * x;
  sumSquares = xs: builtins.foldl' (acc: x: acc + square x) 0 xs;
in fib 15 + sumSquares (builtins.genList (i: i) 100)
