# attrByPath, hasAttrByPath, setAttrByPath, getAttrFromPath on nested sets.
let lib = import <nixpkgs/lib>; s = { a = { b = { c = 1; }; x = 2; }; }; in
{
  byPath = lib.attrByPath [ "a" "b" "c" ] 0 s;
  byPathMissing = lib.attrByPath [ "a" "q" "c" ] "dflt" s;
  byPathEmpty = lib.attrByPath [ ] 0 { z = 1; };
  byPathNonSet = lib.attrByPath [ "a" "x" "y" ] "none" s;
  has = [ (lib.hasAttrByPath [ "a" "b" ] s) (lib.hasAttrByPath [ "a" "y" ] s) (lib.hasAttrByPath [ ] s) ];
  set = lib.setAttrByPath [ "x" "y" "z" ] 3;
  setEmpty = lib.setAttrByPath [ ] 4;
  get = lib.getAttrFromPath [ "a" "x" ] s;
}
