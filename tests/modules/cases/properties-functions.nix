# pushDownProperties, dischargeProperties, filterOverrides and sortProperties called directly.
let lib = import <nixpkgs/lib>; in
{
  push = lib.pushDownProperties (lib.mkMerge [ { a = 1; } (lib.mkIf true { b = 2; c = 3; }) (lib.mkForce { d = 4; }) ]);
  discharge = lib.dischargeProperties (lib.mkMerge [ 1 (lib.mkIf true 2) (lib.mkIf true (lib.mkIf false 3)) (lib.mkMerge [ 4 ]) ]);
  filter = lib.filterOverrides [
    { file = "/1"; value = lib.mkOverride 10 "a"; } { file = "/2"; value = lib.mkOverride 20 "b"; }
    { file = "/3"; value = "z"; } { file = "/4"; value = lib.mkOverride 10 "d"; } ];
  sort = lib.sortProperties [
    { file = "a"; value = lib.mkOrder 700 "x"; } { file = "b"; value = "y"; } { file = "c"; value = lib.mkBefore "z"; } ];
}
