# fix, fix', extends, composeExtensions, makeExtensible and extend.
let lib = import <nixpkgs/lib>;
    base = self: { a = 1; b = self.a + 1; };
    ext1 = self: super: { a = super.a + 10; };
    ext2 = self: super: { c = super.b * 2; };
    e = lib.makeExtensible base; in
{
  fix = lib.fix (self: { x = 1; y = self.x + 1; });
  fixUnfix = (lib.fix' base).__unfix__ { a = 5; };
  extends = lib.fix (lib.extends ext1 base);
  compose = lib.fix (lib.extends (lib.composeExtensions ext1 ext2) base);
  extensible = { inherit (e) a b; };
  extended = let e2 = e.extend ext1; in { inherit (e2) a b; };
  converge = lib.converge (x: if x > 10 then x else x + 4) 1;
}
