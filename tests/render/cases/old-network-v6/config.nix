# Private network with IPv4 and IPv6 host/local addresses (no prefix), forwarded ports with and
# without containerPort, and a tmpfs/capabilities/devices-free container.
{
  containers.net = {
    path = "/p/net";
    privateNetwork = true;
    hostAddress = "10.5.0.1";
    localAddress = "10.5.0.2";
    hostAddress6 = "fc00::1";
    localAddress6 = "fc00::2";
    forwardPorts = [
      { hostPort = 2222; containerPort = 22; }
      { protocol = "udp"; hostPort = 53; }
      { protocol = "tcp"; hostPort = 80; containerPort = null; }
    ];
    macvlans = [ "enp1s0" ];
  };
}
