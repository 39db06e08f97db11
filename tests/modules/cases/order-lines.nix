# types.lines joins ordered definitions with newlines; mkOrder combined with mkIf and mkDefault.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.text = lib.mkOption { type = lib.types.lines; default = ""; }; }
      { text = "middle"; }
      { text = lib.mkBefore "first"; }
      { text = lib.mkIf true (lib.mkAfter "last"); }
      { text = lib.mkDefault (lib.mkBefore "dropped"); }
    ]; }; in
r.config.text
