# An etc entry whose name (the default target) climbs out of /etc.
{ environment.etc."../x".text = "x"; }
