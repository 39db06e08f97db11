# Strings of plain bytes broken by escapes, quotes, non-ASCII and \u escapes at the start,
# the end and next to each other, long runs among them: fromJSON takes plain runs at once
# and toJSON writes them at once, so each boundary is a case; the round trip must be exact.
let
  long = builtins.concatStringsSep "" (builtins.genList (i: "abcdefghij") 100);
  texts = [
    ''""''
    ''"a"''
    ''"\n"''
    ''"\"${long}\""''
    ''"${long}\\"''
    ''"\\${long}"''
    ''"x\ty\u00e9z\u2603\ud83d\ude00${long}\/end"''
    ''"café ☃ ${long} ünïcödé"''
    ''"\b\f\r\n\t\\\"\u0001\u001f"''
    ''{"${long}": "${long}", "k\"ey": [ "a\"b", "\u0041BC" ]}''
  ];
  parsed = map builtins.fromJSON texts;
in {
  inherit parsed;
  again = map builtins.toJSON parsed;
  roundtrip = map (v: builtins.fromJSON (builtins.toJSON v) == v) parsed;
}
