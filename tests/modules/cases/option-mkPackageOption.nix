# mkPackageOption (newer lib; expected output from nixpkgs 2025): default from pkgs, text and description.
# expected-from: nixpkgs-2025
let lib = import <nixpkgs/lib>;
    pkgs = { hello = { type = "derivation"; name = "hello"; outPath = "/nix/store/x-hello"; }; sub.pkg = { type = "derivation"; name = "p"; }; };
    o1 = lib.mkPackageOption pkgs "hello" { };
    o2 = lib.mkPackageOption pkgs "the thing" { default = [ "sub" "pkg" ]; example = "pkgs.other"; extraDescription = "More."; };
    o3 = lib.mkPackageOption pkgs "nothing" { default = null; nullable = true; }; in
{
  o1 = { inherit (o1) defaultText description; default = o1.default.name; type = o1.type.name; };
  o2 = { inherit (o2) defaultText description example; default = o2.default.name; };
  o3 = { inherit (o3) default description; type = o3.type.description; };
}
