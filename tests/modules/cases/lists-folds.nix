# foldr, fold, foldl, foldl' associate the way their names say.
let lib = import <nixpkgs/lib>; xs = [ 1 2 3 4 ]; in
{
  foldr = lib.foldr (x: acc: "(${toString x} ${acc})") "nil" xs;
  fold = lib.fold (x: acc: [ x ] ++ acc) [ ] xs;
  foldl = lib.foldl (acc: x: "(${acc} ${toString x})") "nil" xs;
  foldl' = lib.foldl' (acc: x: acc * 10 + x) 0 xs;
  empty = [ (lib.foldr (x: y: x) 7 [ ]) (lib.foldl (x: y: x) 8 [ ]) ];
  lazyFoldr = lib.foldr (x: acc: if x == 2 then "stop" else acc) (throw "never") [ 1 2 (throw "never") ];
}
