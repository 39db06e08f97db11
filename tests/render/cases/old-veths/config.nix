# extraVeths without a private network: a bridged veth, one with every address, one with
# none; additionalCapabilities without enableTun; ephemeral with an empty tmpfs list.
{
  containers.v = {
    path = "/p/v";
    ephemeral = true;
    additionalCapabilities = [ "CAP_SYS_ADMIN" "CAP_MKNOD" ];
    extraVeths = {
      zbridged = { hostBridge = "br9"; };
      full = { hostAddress = "192.168.7.1"; localAddress = "192.168.7.2"; hostAddress6 = "fd07::1"; localAddress6 = "fd07::2"; };
      bare = { };
    };
  };
}
