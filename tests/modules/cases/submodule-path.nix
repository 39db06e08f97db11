# A submodule given as a path, receiving `name`.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = t.attrsOf (t.submodule ./inputs/sub-opts.nix); }; }
      { s.one = { }; s.two.label = "custom"; }
    ]; }; in
r.config.s
