# mkOption keeps only the given attributes plus _type; mkEnableOption's shape.
let lib = import <nixpkgs/lib>;
    e = lib.mkEnableOption "frobnication"; in
{
  opt = lib.mkOption { default = 1; description = "x"; internal = true; visible = false; };
  enable = { inherit (e) default example description _type; typeName = e.type.name; };
  empty = lib.mkOption { };
}
