# wantedBy naming a target that is not a plain file name.
{ systemd.services.foo = { script = "true"; wantedBy = [ "../../etc" ]; }; }
