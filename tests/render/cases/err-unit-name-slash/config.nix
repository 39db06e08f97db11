# A service whose unit file name would be a path.
{ systemd.services."a/b".script = "true"; }
