# Lesson 5: the module system
#
# A NixOS configuration is made of modules. A module is a set, or a function from
# { config, lib, ... } to one, with
#   options  what may be set: each option has a type and maybe a default;
#   config   values for options, declared in this module or any other.
# `lib.evalModules { modules = [ ... ]; }` collects them all, merges each option's
# definitions as its type says (lists are concatenated, a bool or int must agree) and
# returns the merged values as `config`. A module reads the final `config` of all
# modules: the result is a fixpoint, as in lesson 4, and laziness makes it work.
#
# Priorities decide between definitions: `mkDefault` gives way to a plain definition,
# and the option's own default gives way to both. `mkIf COND` adds definitions only when
# COND holds.
#
# This lesson uses nixel's own lib (modules/lib), which follows nixpkgs' lib.
let
  lib = import ../../modules/lib;
  inherit (lib) mkOption mkIf mkDefault types;

  webserver = { config, ... }: {
    options.webserver = {
      enable = mkOption { type = types.bool; default = false; };
      port = mkOption { type = types.int; default = 80; };
      hosts = mkOption { type = types.listOf types.str; default = [ ]; };
    };
    options.firewall.allowedPorts = mkOption { type = types.listOf types.int; default = [ ]; };
    # opens the web server's port, if it is enabled
    config = mkIf config.webserver.enable {
      firewall.allowedPorts = [ config.webserver.port ];
    };
  };

  site = {
    webserver.enable = true;
    webserver.hosts = [ "example.org" ];
  };

  # Both modules define hosts: the lists are concatenated, in the order the module system
  # collects the definitions (not necessarily the order of the modules list).
  blog = {
    webserver.hosts = [ "blog.example.org" ];
    webserver.port = mkDefault 8080;    # wins over the option's default of 80
  };

  evaluated = lib.evalModules { modules = [ webserver site blog ]; };
in
{
  inherit (evaluated.config) webserver firewall;
  port = evaluated.config.webserver.port;
}
