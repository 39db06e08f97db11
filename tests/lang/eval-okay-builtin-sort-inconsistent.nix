# comparators that are not strict weak orders: the result is whatever libstdc++'s
# std::stable_sort (which Nix 2.8 calls) makes of them, so nixel makes the same comparisons
let
  l = n: seed: builtins.genList (x: (x * 7919 + seed * 31) - (x * x * seed) / 3) n;
  odd = a: b: (builtins.bitAnd a 1) == 0;
in [
  (builtins.sort (a: b: builtins.bitAnd a 5 < builtins.bitAnd b 13) (l 36 5))
  (builtins.sort (a: b: a - b > 3) (l 22 3))
  (builtins.sort odd (l 61 9))
  (builtins.sort odd (l 8 2))
  (builtins.sort (a: b: true) (l 15 1))
  (builtins.sort (a: b: a != b) (l 29 4))
]
