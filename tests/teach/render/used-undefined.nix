# An option declared without a default that a definition reads: where it is declared, what it
# is for, and that it needs a value.
{ lib, config, ... }: {
  options.site.domain = lib.mkOption {
    type = lib.types.str;
    description = "The domain the site is served under.";
  };
  config.networking.domain = config.site.domain;
}
