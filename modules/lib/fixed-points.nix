# Fixed points and overlays: tie a self-referential attribute set into a
# value, and layer extensions on top of it (as nixpkgs' lib.fixedPoints).
# Takes no library argument so that default.nix can use it to build `lib`.
{ ... }:

rec {
  /* The fixed point of f: the x with x = f x (f must not need all of its argument to return).

     Type: fix :: (a -> a) -> a

     Example:
       (fix (self: { a = 1; b = self.a + 1; })).b
       => 2
  */
  fix = f: let result = f result; in result;

  /* Like fix, but remembers the unfixed function so it can be re-tied later.

     Type: fix' :: (attrs -> attrs) -> attrs

     Example:
       (fix' (self: { a = 1; })) ? __unfix__
       => true
  */
  fix' = f: let result = f result // { __unfix__ = f; }; in result;

  /* Applies f again and again, starting with x, until the result no longer changes.

     Type: converge :: (a -> a) -> a -> a

     Example:
       converge (x: if x < 10 then x + 3 else x) 1
       => 10
  */
  converge = f: x: let next = f x; in if next == x then x else converge f next;

  /* Apply overlay `ext` (self: super: changes) on top of `base` (self: attrs).

     Type: extends :: (attrs -> attrs -> attrs) -> (attrs -> attrs) -> attrs -> attrs

     Example:
       (fix (extends (self: super: { b = super.a + 1; }) (self: { a = 1; }))).b
       => 2
  */
  extends = ext: base: self:
    let super = base self; in super // ext self super;

  /* Composes two overlays (self: super: ...) into one: the second sees what the first changed.

     Type: composeExtensions :: overlay -> overlay -> overlay

     Example:
       (fix (extends (composeExtensions (self: super: { a = 2; }) (self: super: { b = super.a * 10; })) (self: { a = 1; }))).b
       => 20
  */
  composeExtensions = f: g: self: super:
    let
      fromF = f self super;
    in
    fromF // g self (super // fromF);

  /* Like makeExtensible, with the extending function under the given name instead of `extend`.

     Type: makeExtensibleWithCustomName :: string -> (attrs -> attrs) -> attrs

     Example:
       ((makeExtensibleWithCustomName "over" (self: { a = 1; })).over (self: super: { a = 2; })).a
       => 2
  */
  makeExtensibleWithCustomName = extenderName: base:
    fix' base // {
      ${extenderName} = ext:
        makeExtensibleWithCustomName extenderName (extends ext base);
    };

  /* The fixed point of a function of self, with an `extend` function that adds overlays to it.

     Type: makeExtensible :: (attrs -> attrs) -> attrs

     Example:
       ((makeExtensible (self: { a = 1; b = self.a + 1; })).extend (self: super: { a = 10; })).b
       => 11
  */
  makeExtensible = makeExtensibleWithCustomName "extend";
}
