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

  /* A list of one element.

     Type: singleton :: a -> [a]

     Example:
       singleton 1
       => [ 1 ]
  */
  singleton = x: [ x ];

  /* map with its arguments swapped: the list first, then the function.

     Type: forEach :: [a] -> (a -> b) -> [b]

     Example:
       forEach [ 1 2 ] (x: x * 10)
       => [ 10 20 ]
  */
  forEach = xs: f: map f xs;

  /* Folds a list from the right.

     op x1 (op x2 (... (op xn nul)))

     Type: foldr :: (a -> b -> b) -> b -> [a] -> b

     Example:
       foldr (x: acc: "(${x} ${acc})") "z" [ "a" "b" ]
       => "(a (b z))"
  */
  foldr = op: nul: list:
    let
      n = length list;
      go = i: if i == n then nul else op (elemAt list i) (go (i + 1));
    in go 0;

  /* fold is foldr (an older name).

     Type: fold :: (a -> b -> b) -> b -> [a] -> b

     Example:
       fold (x: acc: x + acc) 0 [ 1 2 3 ]
       => 6
  */
  fold = foldr;

  /* Folds a list from the left, lazily (foldl' is the strict one).

     Lazy left fold: op (... (op (op nul x1) x2) ...) xn

     Type: foldl :: (b -> a -> b) -> b -> [a] -> b

     Example:
       foldl (acc: x: "(${acc} ${x})") "z" [ "a" "b" ]
       => "((z a) b)"
  */
  foldl = op: nul: list:
    let
      go = i: if i < 0 then nul else op (go (i - 1)) (elemAt list i);
    in go (length list - 1);

  /* map with each element's index (from 0) as first argument.

     Type: imap0 :: (int -> a -> b) -> [a] -> [b]

     Example:
       imap0 (i: x: "${toString i}${x}") [ "a" "b" ]
       => [ "0a" "1b" ]
  */
  imap0 = f: list: genList (i: f i (elemAt list i)) (length list);

  /* map with each element's index (from 1) as first argument.

     Type: imap1 :: (int -> a -> b) -> [a] -> [b]

     Example:
       imap1 (i: x: "${toString i}${x}") [ "a" "b" ]
       => [ "1a" "2b" ]
  */
  imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);

  /* The elements of nested lists in one list, at any depth; a non-list becomes a list of itself.

     Type: flatten :: any -> [any]

     Example:
       flatten [ 1 [ 2 [ 3 ] ] 4 ]
       => [ 1 2 3 4 ]
  */
  flatten = x: if builtins.isList x then builtins.concatMap flatten x else [ x ];

  /* The list without the elements equal to e.

     Type: remove :: a -> [a] -> [a]

     Example:
       remove 2 [ 1 2 3 2 ]
       => [ 1 3 ]
  */
  remove = e: filter (x: x != e);

  /* The one element for which pred is true; default if there is none, multiple if there are several.

     Type: findSingle :: (a -> bool) -> a -> a -> [a] -> a

     Example:
       findSingle (x: x > 2) "none" "many" [ 1 3 ]
       => 3
  */
  findSingle = pred: default: multiple: list:
    let found = filter pred list; in
    if found == [ ] then default
    else if length found != 1 then multiple
    else head found;

  /* The first element for which pred is true, or default.

     Type: findFirst :: (a -> bool) -> a -> [a] -> a

     Example:
       findFirst (x: x > 1) 0 [ 1 2 3 ]
       => 2
  */
  findFirst = pred: default: list:
    let found = filter pred list; in
    if found == [ ] then default else head found;

  /* How many elements pred is true for.

     Type: count :: (a -> bool) -> [a] -> int

     Example:
       count (x: x > 1) [ 1 2 3 ]
       => 2
  */
  count = pred: builtins.foldl' (n: x: if pred x then n + 1 else n) 0;

  /* [ x ] if cond, else [ ].

     Type: optional :: bool -> a -> [a]

     Example:
       optional true "x"
       => [ "x" ]
  */
  optional = cond: x: if cond then [ x ] else [ ];

  /* The list if cond, else [ ].

     Type: optionals :: bool -> [a] -> [a]

     Example:
       optionals false [ 1 2 ]
       => [ ]
  */
  optionals = cond: xs: if cond then xs else [ ];

  /* A list as it is; anything else as a list of one element.

     Type: toList :: a -> [a]

     Example:
       toList 1
       => [ 1 ]
  */
  toList = x: if builtins.isList x then x else [ x ];

  /* The integers from first to last, both included.

     Type: range :: int -> int -> [int]

     Example:
       range 2 5
       => [ 2 3 4 5 ]
  */
  range = first: last:
    if first > last then [ ] else genList (i: first + i) (last - first + 1);

  /* Accumulate elements into buckets named by `key`, folding each with `op`.

     Type: groupBy' :: (b -> a -> b) -> b -> (a -> string) -> [a] -> attrs

     Example:
       groupBy' (acc: x: acc + x) 0 (x: if x > 2 then "big" else "small") [ 1 2 3 4 ]
       => { big = 7; small = 3; }
  */
  groupBy' = op: nul: key: list:
    builtins.foldl'
      (acc: x: let k = key x; in acc // { ${k} = op (acc.${k} or nul) x; })
      { }
      list;

  /* f applied to the elements at each index of two lists (as long as the shorter one).

     Type: zipListsWith :: (a -> b -> c) -> [a] -> [b] -> [c]

     Example:
       zipListsWith (a: b: a + b) [ 1 2 ] [ 10 20 30 ]
       => [ 11 22 ]
  */
  zipListsWith = f: xs: ys:
    genList (i: f (elemAt xs i) (elemAt ys i)) (lib.trivial.min (length xs) (length ys));

  /* The elements at each index of two lists, as { fst; snd; } pairs.

     Type: zipLists :: [a] -> [b] -> [{ fst :: a; snd :: b; }]

     Example:
       zipLists [ 1 2 ] [ "a" "b" ]
       => [ { fst = 1; snd = "a"; } { fst = 2; snd = "b"; } ]
  */
  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  /* The list in reverse order.

     Type: reverseList :: [a] -> [a]

     Example:
       reverseList [ 1 2 3 ]
       => [ 3 2 1 ]
  */
  reverseList = xs: let n = length xs; in genList (i: elemAt xs (n - i - 1)) n;

  /* Depth-first search for an element with nothing `before` it, used by
     toposort; reports a cycle when `stopOnCycles` and one is met.

     Type: listDfs :: bool -> (a -> a -> bool) -> [a] -> attrs

     Example:
       (listDfs true (a: b: a < b) [ 3 1 2 ]).minimal
       => 1
  */
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

  /* Sorts so that a comes before b when before a b: { result = [...]; }, or { cycle; loops; } if there is a cycle.

     Type: toposort :: (a -> a -> bool) -> [a] -> attrs

     Example:
       toposort (a: b: a < b) [ 3 1 2 ]
       => { result = [ 1 2 3 ]; }
  */
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

  /* Compares two lists element by element with cmp (which returns -1, 0 or 1); a shorter prefix comes first.

     Type: compareLists :: (a -> a -> int) -> [a] -> [a] -> int

     Example:
       compareLists compare [ 1 2 ] [ 1 3 ]
       => -1
  */
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

  /* Sort strings so that embedded numbers compare by value ("a2" < "a10").

     Type: naturalSort :: [string] -> [string]

     Example:
       naturalSort [ "a10" "a2" "b1" ]
       => [ "a2" "a10" "b1" ]
  */
  naturalSort = list:
    let
      chunks = s:
        map (c: if builtins.isList c then lib.strings.toInt (head c) else c)
          (builtins.split "(0|[1-9][0-9]*)" s);
      keyed = map (s: { key = chunks s; value = s; }) list;
    in
    map (x: x.value)
      (builtins.sort (a: b: compareLists lib.trivial.compare a.key b.key < 0) keyed);

  /* The first n elements (all of them if there are fewer).

     Type: take :: int -> [a] -> [a]

     Example:
       take 2 [ 1 2 3 ]
       => [ 1 2 ]
  */
  take = n: sublist 0 n;

  /* The list without its first n elements.

     Type: drop :: int -> [a] -> [a]

     Example:
       drop 2 [ 1 2 3 ]
       => [ 3 ]
  */
  drop = n: list: sublist n (length list) list;

  /* The n elements from index start on (fewer at the end of the list).

     Type: sublist :: int -> int -> [a] -> [a]

     Example:
       sublist 1 2 [ "a" "b" "c" "d" ]
       => [ "b" "c" ]
  */
  sublist = start: n: list:
    let len = length list; in
    genList (i: elemAt list (start + i))
      (if start >= len then 0
       else if start + n > len then len - start
       else n);

  /* The last element of a non-empty list.

     Type: last :: [a] -> a

     Example:
       last [ 1 2 3 ]
       => 3
  */
  last = list:
    assert lib.asserts.assertMsg (list != [ ]) "lists.last: list must not be empty!";
    elemAt list (length list - 1);

  /* The list without its last element (it must not be empty).

     Type: init :: [a] -> [a]

     Example:
       init [ 1 2 3 ]
       => [ 1 2 ]
  */
  init = list:
    assert lib.asserts.assertMsg (list != [ ]) "lists.init: list must not be empty!";
    take (length list - 1) list;

  /* f applied to every combination of one element from each list.

     Type: crossLists :: (a -> b -> ... -> r) -> [[a] [b] ...] -> [r]

     Example:
       crossLists (a: b: a + b) [ [ 1 2 ] [ 10 20 ] ]
       => [ 11 21 12 22 ]
  */
  crossLists = f: builtins.foldl' (fs: xs: builtins.concatMap (g: map g xs) fs) [ f ];

  /* First occurrence of each element, in order.

     Type: unique :: [a] -> [a]

     Example:
       unique [ 3 1 3 2 1 ]
       => [ 3 1 2 ]
  */
  unique = builtins.foldl' (acc: x: if builtins.elem x acc then acc else acc ++ [ x ]) [ ];

  /* The elements of the second list that are also in the first.

     Type: intersectLists :: [a] -> [a] -> [a]

     Example:
       intersectLists [ 1 2 3 ] [ 2 3 4 ]
       => [ 2 3 ]
  */
  intersectLists = xs: filter (x: builtins.elem x xs);

  /* The elements of the second list that are not in the first.

     Type: subtractLists :: [a] -> [a] -> [a]

     Example:
       subtractLists [ 1 2 ] [ 1 2 3 4 ]
       => [ 3 4 ]
  */
  subtractLists = xs: filter (x: !builtins.elem x xs);

  /* True if the two lists have no element in common.

     Type: mutuallyExclusive :: [a] -> [a] -> bool

     Example:
       mutuallyExclusive [ 1 2 ] [ 3 4 ]
       => true
  */
  mutuallyExclusive = a: b: !builtins.any (x: builtins.elem x b) a;
}
