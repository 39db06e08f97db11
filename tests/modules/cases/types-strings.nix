# lines, commas, envVar, separatedString join definitions; str must be equal.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options = { l = lib.mkOption { type = t.lines; }; c = lib.mkOption { type = t.commas; };
                    e = lib.mkOption { type = t.envVar; }; s = lib.mkOption { type = t.separatedString "--"; }; }; }
      { l = "one"; c = "a"; e = "/bin"; s = "x"; }
      { l = "two"; c = "b"; e = "/usr/bin"; s = "y"; }
    ]; }; in
r.config
