# bindMounts (hostPath null/set, read-only or not, mountPoint overriding the name), a
# container `config` that sets its own hostName (the nested system is named after it), a long
# name that is fine without privateNetwork, enableTun alone (adds CAP_NET_ADMIN and
# /dev/net/tun), tmpfs, timeoutStartSec, allowedDevices.
{
  containers.verylongname12 = {
    bindMounts = {
      "/data" = { };
      "/srv" = { hostPath = "/export/srv"; isReadOnly = false; };
      "renamed" = { mountPoint = "/mnt/inside"; hostPath = "/mnt/outside"; };
    };
    enableTun = true;
    tmpfs = [ "/tmp" ];
    timeoutStartSec = "5min";
    allowedDevices = [ { node = "/dev/kvm"; modifier = "rw"; } { node = "char-usb_device"; modifier = "rwm"; } ];
    config = { lib, ... }: {
      networking.hostName = "inner";
      services.openssh.enable = true;
      networking.firewall.allowedTCPPorts = [ 22 ];
    };
  };
}
