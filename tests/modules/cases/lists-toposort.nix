# toposort orders by a "before" relation and reports cycles.
let lib = import <nixpkgs/lib>;
    before = a: b: lib.hasPrefix a b; in
{
  ok = lib.toposort before [ "/a/b" "/" "/a" "/c" ];
  cycle = lib.toposort (a: b: true) [ 1 2 ];
  dfs = lib.listDfs true before [ "/a/b" "/a" "/" ];
}
