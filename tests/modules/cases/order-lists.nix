# mkBefore, mkAfter and mkOrder sort definitions (stably) before merging lists.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
      { xs = lib.mkAfter [ "after1" ]; }
      { xs = [ "plain1" ]; }
      { xs = lib.mkBefore [ "before1" ]; }
      { xs = lib.mkOrder 1200 [ "1200" ]; }
      { xs = lib.mkAfter [ "after2" ]; }
      { xs = [ "plain2" ]; }
      { xs = lib.mkBefore [ "before2" ]; }
      { xs = lib.mkOrder 10 [ "10" ]; }
    ]; }; in
r.config.xs
