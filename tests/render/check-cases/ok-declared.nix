# Everything defined is declared; values that throw are never read by the check.
{ lib, ... }: {
  options.a.b = lib.mkOption { };
  options.unused = lib.mkOption { type = lib.types.str; };
  options.hosts = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule { options.root = lib.mkOption { type = lib.types.str; }; options.note = lib.mkOption { default = throw "never read"; }; });
    default = { };
  };
  config.a.b = throw "not read either";
  config.hosts.web.root = "/srv";
}
