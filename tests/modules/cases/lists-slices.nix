# take, drop, sublist, reverseList, imap0, imap1 at and beyond the bounds.
let lib = import <nixpkgs/lib>; xs = [ "a" "b" "c" "d" ]; in
{
  take = [ (lib.take 2 xs) (lib.take 9 xs) (lib.take 0 xs) ];
  drop = [ (lib.drop 1 xs) (lib.drop 9 xs) (lib.drop 0 xs) ];
  sublist = [ (lib.sublist 1 2 xs) (lib.sublist 3 5 xs) (lib.sublist 5 1 xs) ];
  reverse = [ (lib.reverseList xs) (lib.reverseList [ ]) ];
  imap0 = lib.imap0 (i: v: "${toString i}${v}") xs;
  imap1 = lib.imap1 (i: v: "${toString i}${v}") xs;
}
