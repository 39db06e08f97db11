# path accepts absolute paths and strings; merging requires equal values.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.p = lib.mkOption { type = lib.types.path; }; options.q = lib.mkOption { type = lib.types.path; }; }
      { p = "/etc/x"; q = { outPath = "/nix/store/abc-q"; }; } { p = "/etc/x"; }
    ]; }; in
{ p = r.config.p; q = r.config.q.outPath; checks = map lib.types.path.check [ "/a" "a" 1 /tmp [ "/a" ] ]; }
