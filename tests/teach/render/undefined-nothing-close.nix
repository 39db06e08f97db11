# No declared name is close: the names declared at that level are listed.
{ networking.fqdn = "web.example.org"; }
