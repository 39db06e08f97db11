# A custom type: check and merge are used, functor defaults to the name.
let lib = import <nixpkgs/lib>;
    even = lib.mkOptionType {
      name = "even";
      description = "even integer";
      check = x: builtins.isInt x && lib.mod x 2 == 0;
      merge = loc: defs: lib.foldl' (a: d: a + d.value) 0 defs;
    };
    r = lib.evalModules { modules = [
      { options.e = lib.mkOption { type = even; }; }
      { e = 2; } { e = 4; }
    ]; }; in
{
  value = r.config.e;
  functor = { inherit (even.functor) name wrapped payload; };
  isType = [ (lib.isOptionType even) (lib.isOptionType { }) (lib.types.isType "option-type" even) ];
  emptyValue = even.emptyValue;
  subModules = even.getSubModules;
  subOptions = even.getSubOptions [ ];
}
