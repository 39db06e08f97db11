# Render workload: the old containers module (seed) with 300 declarative containers, each
# with a private network, forwarded ports, bind mounts and a nested configuration.
{ lib, ... }: {
  containers = builtins.listToAttrs (builtins.genList (i: {
    name = "c${toString i}";
    value = {
      privateNetwork = true;
      hostAddress = "10.${toString (i / 200)}.${toString (lib.mod i 200)}.1";
      localAddress = "10.${toString (i / 200)}.${toString (lib.mod i 200)}.2";
      forwardPorts = [ { hostPort = 8000 + i; containerPort = 80; } ];
      bindMounts."/srv/data" = { hostPath = "/data/c${toString i}"; isReadOnly = false; };
      autoStart = lib.mod i 2 == 0;
      config = { ... }: { networking.firewall.enable = false; };
    };
  }) 300);
}
