# The json2toml builder of the new module, used by an etc entry on a value that exercises every
# TOML rule of the golden README: key order, sub-tables depth first, arrays of tables, empty
# tables, null keys, inline arrays and tables, floats, quoted keys.
{ pkgs, ... }:
let
  toTOML = name: value: pkgs.runCommandNoCC name {
    nativeBuildInputs = [ pkgs.remarshal ];
    value = builtins.toJSON value;
    passAsFile = [ "value" ];
  } ''
    json2toml "$valuePath" "$out"
  '';
in
{
  environment.etc."test.toml".source = toTOML "test.toml" {
    title = "x";
    "key with space" = 1;
    nothing = null;
    empty = { };
    owner = { name = "n"; dob = 1.5; nested = { deep = true; }; };
    servers = [
      { name = "alpha"; ports = [ 1 2 ]; sub = { x = 1; }; }
      { name = "beta"; }
    ];
    mixed = [ 1 "two" { three = 3; four = [ 4 ]; } [ 5 [ 6 ] ] ];
    emptyList = [ ];
    floats = [ 1.0 0.1 1.0e16 1.0e-5 123456789.125 2.5e-4 ];
    "ünï" = "quoted key";
    "" = "empty key";
    "a.b" = { c = "dotted table name"; };
    zz = [ { } ];
    Upper = false;
  };
  environment.etc."empty.toml".source = toTOML "empty.toml" { };
  environment.etc."only-tables.toml".source = toTOML "only-tables.toml" { a = { b = { }; }; c = { }; };
}
