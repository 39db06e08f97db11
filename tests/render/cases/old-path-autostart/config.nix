# autoStart with `path` instead of `config`: X-Restart-Triggers names the path string and the
# etc-<name>.conf object (which is therefore realized); no nested system; no private network,
# so HOST_*/LOCAL_* settings are left out of the .conf; localAddress still feeds /etc/hosts.
{
  containers.simple = {
    path = "/nix/var/nix/profiles/per-container/simple/system";
    autoStart = true;
    localAddress = "10.1.2.3/24";
    hostAddress = "10.1.2.1";
    interfaces = [ "eth5" ];
    extraFlags = [ "--quiet" ];
  };
}
