# An etc target outside /etc.
{ environment.etc.evil = { target = "/x"; text = "x"; }; }
