# Any names below an attrs-typed option, and as the names of an attrsOf option.
{ lib, ... }: {
  options.policy = lib.mkOption { type = lib.types.attrs; default = { }; };
  options.env = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  config.policy.any.name.at.all = 1;
  config.env.WHATEVER = "x";
}
