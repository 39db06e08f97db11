# Runs of bytes no pattern begins with are copied whole; patterns sharing a first byte, at
# the very end, overlapping, of bytes above 127, and the empty pattern (matching everywhere).
with builtins; [
  (replaceStrings [ "ab" "ac" "a" ] [ "1" "2" "3" ] "xxabxxacxxadxxa")
  (replaceStrings [ "aa" ] [ "b" ] "aaaaa")
  (replaceStrings [ "é" "€" ] [ "e" "EUR" ] "café 10€")
  (replaceStrings [ "" ] [ "-" ] "abc")
  (replaceStrings [ "" "b" ] [ "-" "B" ] "abc")
  (replaceStrings [ "z" ] [ "y" ] "")
  (replaceStrings [ "z" ] [ "y" ] "no match at all here")
  (replaceStrings [ "\n" "\t" ] [ "\\n" "\\t" ] "a\nb\tc\n")
  (replaceStrings [ "." ] [ "" ] "a.b.c.")
]
