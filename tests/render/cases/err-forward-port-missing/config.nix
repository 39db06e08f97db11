# forwardPorts entry without its required hostPort (HOST_PORT is written when privateNetwork).
{ containers.web = { path = "/x"; privateNetwork = true; forwardPorts = [ { containerPort = 80; } ]; }; }
