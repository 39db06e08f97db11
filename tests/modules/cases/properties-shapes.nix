# The property values themselves: mkIf, mkMerge, mkOverride, mkDefault, mkForce, mkOrder, mkBefore, mkAfter.
let lib = import <nixpkgs/lib>; in
{
  mkIf = lib.mkIf true 1;
  mkMerge = lib.mkMerge [ 1 2 ];
  mkOverride = lib.mkOverride 7 "x";
  mkDefault = lib.mkDefault 1;
  mkForce = lib.mkForce 1;
  mkOptionDefault = lib.mkOptionDefault 1;
  mkVMOverride = lib.mkVMOverride 1;
  mkOrder = lib.mkOrder 3 [ ];
  mkBefore = lib.mkBefore [ ];
  mkAfter = lib.mkAfter [ ];
  defaultPriority = lib.modules.defaultPriority;
}
