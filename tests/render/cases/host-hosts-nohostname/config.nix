# hostName "" (no host lines for 127.0.0.1 and ::1, which then stay out of /etc/hosts), a
# domain without effect, IPv6 on, no extraHosts: the file ends with an empty line.
{ networking = { hostName = ""; domain = "example.org"; }; }
