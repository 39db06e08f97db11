# attrsOf merges per attribute, dropping attributes all of whose definitions are mkIf false.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.int); }; }
      { a = { x = [ 1 ]; y = lib.mkIf false [ 2 ]; z = [ 0 ]; }; }
      { a = { x = [ 3 ]; z = lib.mkForce [ 9 ]; w = lib.mkDefault [ 4 ]; }; }
    ]; }; in
r.config.a
