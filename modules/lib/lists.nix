# Functions on lists: folds, searching, slicing, sorting and set-like
# operations, with the names and results of nixpkgs' lib.lists of 2020.
# Index-based (genList/elemAt) where nixpkgs recursed, to keep them linear.
{ lib }:

let
  inherit (builtins) length elemAt genList head tail filter;
in
rec {
  inherit (builtins)
    head tail length isList elemAt concatLists filter elem genList map
    foldl' concatMap any all partition sort groupBy;

  singleton = x: [ x ];

  forEach = xs: f: map f xs;

  # op x1 (op x2 (... (op xn nul)))
  foldr = op: nul: list:
    let
      n = length list;
      go = i: if i == n then nul else op (elemAt list i) (go (i + 1));
    in go 0;

  fold = foldr;

  # Lazy left fold: op (... (op (op nul x1) x2) ...) xn
  foldl = op: nul: list:
    let
      go = i: if i < 0 then nul else op (go (i - 1)) (elemAt list i);
    in go (length list - 1);

  imap0 = f: list: genList (i: f i (elemAt list i)) (length list);
  imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);

  flatten = x: if builtins.isList x then builtins.concatMap flatten x else [ x ];

  remove = e: filter (x: x != e);

  findSingle = pred: default: multiple: list:
    let found = filter pred list; in
    if found == [ ] then default
    else if length found != 1 then multiple
    else head found;

  findFirst = pred: default: list:
    let found = filter pred list; in
    if found == [ ] then default else head found;

  count = pred: builtins.foldl' (n: x: if pred x then n + 1 else n) 0;

  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];

  toList = x: if builtins.isList x then x else [ x ];

  range = first: last:
    if first > last then [ ] else genList (i: first + i) (last - first + 1);

  # Accumulate elements into buckets named by `key`, folding each with `op`.
  groupBy' = op: nul: key: list:
    builtins.foldl'
      (acc: x: let k = key x; in acc // { ${k} = op (acc.${k} or nul) x; })
      { }
      list;

  zipListsWith = f: xs: ys:
    genList (i: f (elemAt xs i) (elemAt ys i)) (lib.trivial.min (length xs) (length ys));

  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  reverseList = xs: let n = length xs; in genList (i: elemAt xs (n - i - 1)) n;

  # Depth-first search for an element with nothing `before` it, used by
  # toposort; reports a cycle when `stopOnCycles` and one is met.
  listDfs = stopOnCycles: before: list:
    let
      visit = current: visited: rest:
        let
          loops = filter (x: before x current) visited;
          split = builtins.partition (x: before x current) rest;
        in
        if stopOnCycles && loops != [ ] then
          { cycle = current; inherit loops visited rest; }
        else if split.right == [ ] then
          { minimal = current; inherit visited rest; }
        else
          visit (head split.right) ([ current ] ++ visited) (tail split.right ++ split.wrong);
    in visit (head list) [ ] (tail list);

  toposort = before: list:
    let
      first = listDfs true before list;
      rest = toposort before (first.visited ++ first.rest);
    in
    if length list < 2 then { result = list; }
    else if first ? cycle then
      { cycle = reverseList ([ first.cycle ] ++ first.visited); inherit (first) loops; }
    else if rest ? cycle then rest
    else { result = [ first.minimal ] ++ rest.result; };

  compareLists = cmp: a: b:
    let
      na = length a;
      nb = length b;
      go = i:
        if i == na then (if i == nb then 0 else -1)
        else if i == nb then 1
        else
          let r = cmp (elemAt a i) (elemAt b i); in
          if r == 0 then go (i + 1) else r;
    in go 0;

  # Sort strings so that embedded numbers compare by value ("a2" < "a10").
  naturalSort = list:
    let
      chunks = s:
        map (c: if builtins.isList c then lib.strings.toInt (head c) else c)
          (builtins.split "(0|[1-9][0-9]*)" s);
      keyed = map (s: { key = chunks s; value = s; }) list;
    in
    map (x: x.value)
      (builtins.sort (a: b: compareLists lib.trivial.compare a.key b.key < 0) keyed);

  take = n: sublist 0 n;

  drop = n: list: sublist n (length list) list;

  sublist = start: n: list:
    let len = length list; in
    genList (i: elemAt list (start + i))
      (if start >= len then 0
       else if start + n > len then len - start
       else n);

  last = list:
    assert lib.asserts.assertMsg (list != [ ]) "lists.last: list must not be empty!";
    elemAt list (length list - 1);

  init = list:
    assert lib.asserts.assertMsg (list != [ ]) "lists.init: list must not be empty!";
    take (length list - 1) list;

  # f applied to every combination of one element from each list.
  crossLists = f: builtins.foldl' (fs: xs: builtins.concatMap (g: map g xs) fs) [ f ];

  # First occurrence of each element, in order.
  unique = builtins.foldl' (acc: x: if builtins.elem x acc then acc else acc ++ [ x ]) [ ];

  intersectLists = xs: filter (x: builtins.elem x xs);
  subtractLists = xs: filter (x: !builtins.elem x xs);

  mutuallyExclusive = a: b: !builtins.any (x: builtins.elem x b) a;
}
