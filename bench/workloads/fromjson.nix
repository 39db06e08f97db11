# fromJSON of large texts: 40,000 objects with plain strings, strings with escapes and
# unicode, and numbers, the kind of text a lock file or a package index holds.
let
  item = i: {
    name = "package-number-${toString i}-with-a-longer-name";
    description = "A line of text about package ${toString i}, \"quoted\"\n\tand tabbed, caf\u00e9 \u2603";
    version = i;
    weight = i * 0.5;
    tags = [ "alpha" "beta" (toString i) ];
    ok = i / 2 * 2 == i;
  };
  text = builtins.toJSON (builtins.genList item 40000);
  parsed = builtins.fromJSON text;
  again = builtins.fromJSON (builtins.toJSON (builtins.map (x: x.description) parsed));
in builtins.length parsed + builtins.length again + (builtins.elemAt parsed 39999).version
