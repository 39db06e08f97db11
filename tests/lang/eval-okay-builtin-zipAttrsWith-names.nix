# zipAttrsWith with few names between the sets (the same few, new ones late, unordered
# definitions) and with many (more than nixel groups by their union): names sorted, each
# with its values in list order
let z = builtins.zipAttrsWith (n: vs: { inherit n vs; });
in [
  (z [ {} {} ])
  (z [ { b = 1; a = 2; } { c = 3; } { a = 4; z = 5; } {} { b = 6; } ])
  (z [ { zz = 1; } { aa = 2; } { mm = 3; zz = 4; aa = 5; } ])
  (builtins.attrNames (z (builtins.genList (i: { "k${toString (i - i / 7 * 7)}" = i; "j${toString i}" = i; }) 40)))
  (z (builtins.genList (i: { "k${toString (i - i / 7 * 7)}" = i; "j${toString i}" = -i; }) 40)).k3
  (z (builtins.genList (i: { "k${toString (i - i / 7 * 7)}" = i; }) 30)).k3
  (z (builtins.genList (i: { "n${toString i}" = i; }) 33))
]
