# Fixed points and overlays: tie a self-referential attribute set into a
# value, and layer extensions on top of it (as nixpkgs' lib.fixedPoints).
# Takes no library argument so that default.nix can use it to build `lib`.
{ ... }:

rec {
  fix = f: let result = f result; in result;

  # Like fix, but remembers the unfixed function so it can be re-tied later.
  fix' = f: let result = f result // { __unfix__ = f; }; in result;

  converge = f: x: let next = f x; in if next == x then x else converge f next;

  # Apply overlay `ext` (self: super: changes) on top of `base` (self: attrs).
  extends = ext: base: self:
    let super = base self; in super // ext self super;

  composeExtensions = f: g: self: super:
    let
      fromF = f self super;
    in
    fromF // g self (super // fromF);

  makeExtensibleWithCustomName = extenderName: base:
    fix' base // {
      ${extenderName} = ext:
        makeExtensibleWithCustomName extenderName (extends ext base);
    };

  makeExtensible = makeExtensibleWithCustomName "extend";
}
