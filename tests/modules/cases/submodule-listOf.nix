# listOf submodule: each element is evaluated on its own; defaults fill in.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.ports = lib.mkOption { default = [ ]; type = t.listOf (t.submodule {
          options.protocol = lib.mkOption { type = t.str; default = "tcp"; };
          options.port = lib.mkOption { type = t.int; };
        }); }; }
      { ports = [ { port = 80; } { port = 53; protocol = "udp"; } ]; }
    ]; }; in
r.config.ports
