# mapAttrs, mapAttrs', mapAttrsToList, nameValuePair, genAttrs, listToAttrs.
let lib = import <nixpkgs/lib>; s = { b = 2; a = 1; c = 3; }; in
{
  mapAttrs = lib.mapAttrs (n: v: "${n}=${toString v}") s;
  mapAttrs' = lib.mapAttrs' (n: v: lib.nameValuePair "x-${n}" (v * 10)) s;
  toList = lib.mapAttrsToList (n: v: [ n v ]) s;
  gen = lib.genAttrs [ "q" "p" ] (n: n + n);
  lta = lib.listToAttrs [ { name = "k"; value = 1; } { name = "k"; value = 2; } { name = "j"; value = 3; } ];
  nvp = lib.nameValuePair "n" "v";
}
