# inherit inside let
s: let inherit (s) a; b = a; in b
