# config = mkIf cfg.enable { ... } may read cfg from config: conditions are evaluated per option.
let lib = import <nixpkgs/lib>;
    ev = extra: (lib.evalModules { modules = [ ./inputs/decl-list.nix ./inputs/enable-service.nix ] ++ extra; }).config; in
{
  off = ev [ ];
  on = ev [ { services.demo.enable = true; } ];
  onPort = ev [ { services.demo.enable = true; services.demo.port = 99; } ];
}
