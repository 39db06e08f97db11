# Free-form values are not options: an attrs-typed option (policy) takes any names, and so
# does an attrsOf option (environment.etc) at its own level.
{ virtualisation.containers = { enable = true; policy = { default = [ { type = "reject"; } ]; transports.docker."example.org/x" = [ { type = "insecureAcceptAnything"; } ]; anyNameAtAll.deep.er = 1; }; };
  environment.etc."any/name/here".text = "hello\n"; }
