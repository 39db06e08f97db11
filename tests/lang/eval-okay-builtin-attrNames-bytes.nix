# attrNames and attrValues sort names as their bytes: shared prefixes up to and past eight
# bytes, a name that is a prefix of another, upper case before lower, bytes above 0x7f last
let s = { b = 1; a = 2; B = 3; "a b" = 4; "" = 5; aa = 6; ab = 7; abcdefghij = 8; abcdefghi = 9;
          abcdefgh = 10; abcdefghia = 11; "été" = 12; "z" = 13; "abcdefgh~" = 14; "abcdefgh!" = 15; };
in [ (builtins.attrNames s) (builtins.attrValues s) (builtins.attrNames (builtins.mapAttrs (n: v: v) s)) ]
