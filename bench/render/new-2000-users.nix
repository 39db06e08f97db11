# Render workload: the new containers module (seed) with 2,000 rootless podman users.
{
  virtualisation.containers = {
    enable = true;
    users = builtins.genList (i: "user${toString i}") 2000;
  };
}
