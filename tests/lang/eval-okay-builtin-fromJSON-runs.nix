# Strings whose plain runs end at every position of an 8-byte word: an escape, a multi-byte
# UTF-8 character or the closing quote after 0 to 17 plain bytes; \u0000 ends the string.
let
  plain = n: builtins.substring 0 n "abcdefghijklmnopqrstuvwxyz";
  ends = [ "" "\\n" "\\\"" "\\\\" "\\/" "\\u00e9" "\\ud83d\\ude00" "é" "€" "😀" "\\u0000tail" ];
  texts = builtins.concatMap (e: builtins.genList (n: "\"${plain n}${e}${plain (17 - n)}\"") 18) ends;
in map builtins.fromJSON texts ++ [ (builtins.fromJSON ''["${plain 26}", {"${plain 9}": "${plain 16}"}, "${plain 8}\\t${plain 8}" ]'') ]
