# optionAttrSetToDocList flattens declarations for the manual, sub-options of submodules included.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [ {
      _file = "decl.nix";
      options.a = lib.mkOption { type = t.int; default = 1; description = "A."; example = 2; };
      options.b.c = lib.mkOption { type = t.str; defaultText = "computed"; default = "x"; description = "C."; internal = true; };
      options.s = lib.mkOption { type = t.attrsOf (t.submodule { options.v = lib.mkOption { type = t.bool; default = false; description = "V."; }; }); default = { }; description = "S."; };
      options.h = lib.mkOption { type = t.submodule { options.w = lib.mkOption { description = "W."; }; }; visible = false; description = "H."; };
    } ]; }; in
map (d: removeAttrs d [ "declarations" ]) (lib.optionAttrSetToDocList r.options)
