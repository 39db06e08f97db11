# _module.check = false turns the check of undeclared options off, as in the lib.
{ _module.check = false; services.openssh.enable = true; environment.etc.motd.text = "hi\n"; }
