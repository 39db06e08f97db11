# Non-tail recursion 20,000 calls deep (a naive length and a right fold over a long list),
# repeated: each level waits for the one below it.
let
  len = l: i: if i == builtins.length l then 0 else 1 + len l (i + 1);
  foldr = op: nul: list:
    let n = builtins.length list; go = i: if i == n then nul else op (builtins.elemAt list i) (go (i + 1));
    in go 0;
  xs = builtins.genList (i: i) 20000;
  rounds = builtins.genList (r: len xs 0 + foldr (a: b: a + b + r) 0 xs) 20;
in builtins.foldl' (a: b: a + b) 0 rounds
