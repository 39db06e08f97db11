# showOption quotes only parts that need escaping in a Nix string; showFiles.
let lib = import <nixpkgs/lib>; in
{
  plain = lib.showOption [ "foo" "bar" "baz" ];
  dotted = lib.showOption [ "foo" "bar.baz" "tux" ];
  placeholders = lib.showOption [ "foo" "*" "<name>" "2bwm" ];
  quoted = lib.showOption [ "a" "b\"c" "d$e" "with space" "" ];
  files = lib.showFiles [ "a.nix" "b.nix" ];
  noFiles = lib.showFiles [ ];
  unknown = lib.unknownModule;
}
