# toJSON of a large value: 20,000 sets with strings, numbers and lists.
let
  item = i: { name = "pkg-${toString i}"; version = i; tags = [ "a" "b" (toString i) ]; ok = i / 2 * 2 == i; };
in builtins.stringLength (builtins.toJSON (builtins.genList item 20000))
