# serviceConfig.Type outside systemd's values: NixOS's check traces and rejects it.
{ systemd.services.foo = { script = "true"; serviceConfig.Type = "bogus"; }; }
