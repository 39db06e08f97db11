# toPretty for every kind of value, and toJSON/toYAML.
let lib = import <nixpkgs/lib>; in
{
  pretty = map (lib.generators.toPretty { }) [
    1 1.5 "a\"b" true false null [ 1 "x" ] [ ] { a = 1; "b c" = [ ]; } { }
    (x: x) ({ a, b ? 1 }: a) { type = "derivation"; name = "drvname"; }
  ];
  prettyValues = lib.generators.toPretty { allowPrettyValues = true; } { __pretty = v: "P${toString v}"; val = 3; };
  json = lib.generators.toJSON { } { a = [ 1 2 ]; };
  yaml = lib.generators.toYAML { } { a = "b"; };
}
