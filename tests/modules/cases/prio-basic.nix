# The lowest priority number wins: mkForce 50 < plain 100 < mkDefault 1000 < option default 1500.
let lib = import <nixpkgs/lib>;
    ev = defs: let r = lib.evalModules { modules = [
      { options.x = lib.mkOption { type = lib.types.str; default = "default"; }; } ] ++ map (d: { x = d; }) defs; };
    in { value = r.config.x; prio = r.options.x.highestPrio; }; in
{
  onlyDefault = ev [ ];
  mkDefault = ev [ (lib.mkDefault "mkDefault") ];
  plain = ev [ (lib.mkDefault "mkDefault") "plain" ];
  force = ev [ "plain" (lib.mkForce "force") (lib.mkDefault "d") ];
  override = ev [ (lib.mkOverride 10 "ten") (lib.mkForce "force") ];
}
