# concatStrings, concatStringsSep, concatMapStrings(Sep), concatImapStrings(Sep), intersperse.
let lib = import <nixpkgs/lib>; in
{
  cs = lib.concatStrings [ "a" "b" "c" ];
  csep = lib.concatStringsSep ", " [ "a" "b" ];
  cms = lib.concatMapStrings (x: x + ";") [ "a" "b" ];
  cmss = lib.concatMapStringsSep "-" toString [ 1 2 3 ];
  cis = lib.concatImapStrings (i: x: "${toString i}${x}") [ "a" "b" ];
  ciss = lib.concatImapStringsSep "|" (i: x: "${toString i}${x}") [ "a" "b" ];
  inter = [ (lib.intersperse "," [ "a" "b" "c" ]) (lib.intersperse "," [ "a" ]) (lib.intersperse "," [ ]) ];
  empty = lib.concatStringsSep "," [ ];
}
