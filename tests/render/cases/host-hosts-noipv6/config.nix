# /etc/hosts without IPv6, with a domain, extra hosts entries (sorted by address, empty lists
# dropped) and two extraHosts definitions joined as lines.
{
  imports = [ { networking.extraHosts = "10.9.9.9 from-import"; } ];
  networking = {
    hostName = "box";
    domain = "example.org";
    enableIPv6 = false;
    hosts = {
      "192.168.0.10" = [ "printer" "printer.lan" ];
      "10.0.0.1" = [ "gateway" ];
      "fe80::1" = [ "link-local" ];
      "172.16.0.1" = [ ];
    };
    extraHosts = "1.2.3.4 extra";
  };
}
