# An undeclared option inside an element of a list of submodules (a forwarded port).
{ containers.web = { config = { }; privateNetwork = true; hostAddress = "10.0.0.1"; localAddress = "10.0.0.2"; forwardPorts = [ { hostPort = 8080; containerPort = 80; protocl = "tcp"; } ]; }; }
