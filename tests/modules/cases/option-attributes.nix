# The attributes of an evaluated option: declarations, definitions, files, highestPrio, isDefined, loc, type.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { _file = "decl.nix"; options.a.b = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; description = "d"; example = [ 1 ]; }; }
      { _file = "def1.nix"; a.b = [ 1 ]; }
      { _file = "def2.nix"; a.b = lib.mkIf true [ 2 ]; }
    ]; };
    o = r.options.a.b; in
{
  names = builtins.attrNames o;
  inherit (o) declarations definitions files highestPrio isDefined loc value description example default;
  typeName = o.type.name;
  typeDescription = o.type.description;
  subOptions = o.options;
  isOption = lib.isOption o;
  setIsOption = lib.isOption r.options.a;
}
