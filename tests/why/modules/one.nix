# The first module: defaults and plain definitions.
{ lib, config, ... }:
let
  serveDocs = config.demo.level > 5;
in
{
  demo.level = lib.mkDefault 3;
  demo.words = [ "one" ];
  demo.motd = "from one";
  demo.upper = "hello";
  demo.sites.www = { enable = true; port = 8080; };
  demo.sites.docs = lib.mkIf serveDocs { enable = true; };
}
